import Dispatch
import Foundation

/// The first result handed to the waiting thread; later ones are ignored.
final class Outcome<T: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private let done = DispatchSemaphore(value: 0)
    private var result: Result<T, Error>?

    func settle(_ value: Result<T, Error>) {
        lock.lock()
        defer { lock.unlock() }
        guard result == nil else { return }
        result = value
        done.signal()
    }

    func wait(isClosed: () -> Bool) throws -> T {
        while done.wait(timeout: .now() + 1) == .timedOut {
            if isClosed() { settle(.failure(ConnectionLost())) }
        }
        lock.lock()
        defer { lock.unlock() }
        return try result!.get()
    }
}
