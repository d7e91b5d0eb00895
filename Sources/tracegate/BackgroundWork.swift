import Foundation

/// A throwing piece of work started on a thread of its own, so that it overlaps what the calling
/// thread does next; ``value()`` waits for it and returns its result or throws its error.
final class BackgroundWork<Value: Sendable>: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private var result: Result<Value, any Error>?

    init(_ work: @escaping @Sendable () throws -> Value) {
        let thread = Thread { [self] in
            result = Result { try work() }
            done.signal()
        }
        thread.stackSize = 8 << 20
        thread.start()
    }

    /// The work's result, once it has finished.
    func value() throws -> Value {
        done.wait()
        done.signal()
        return try result!.get()
    }
}
