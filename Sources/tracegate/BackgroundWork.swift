import Foundation

/// A throwing piece of work started on a thread of its own, so that it overlaps what the calling
/// thread does next; ``value()`` waits for it and returns its result or throws its error.
///
/// ``value()`` joins the thread: it returns only once the thread has ended entirely, its
/// allocator cache handed back included. A thread still tearing itself down while the process
/// exits (an error thrown just after the work finished) made glibc abort with
/// "tcache_thread_shutdown(): unaligned tcache chunk detected", about once in 300 such exits.
final class BackgroundWork<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var thread = pthread_t()
    private var running = false
    private var result: Result<Value, any Error>?

    init(_ work: @escaping @Sendable () throws -> Value) {
        let job = BackgroundJob { [self] in result = Result { try work() } }
        var attributes = pthread_attr_t()
        pthread_attr_init(&attributes)
        pthread_attr_setstacksize(&attributes, 8 << 20)  // as much as the main thread: parsers recurse
        let context = Unmanaged.passRetained(job)  // released by the thread, once it has run the job
        running = pthread_create(&thread, &attributes, runBackgroundJob, context.toOpaque()) == 0
        pthread_attr_destroy(&attributes)
        if !running {  // no thread to be had: the work is done here, and the thread's reference dropped
            context.release()
            job.work()
        }
    }

    /// The work's result, once its thread has ended.
    func value() throws -> Value {
        lock.withLock {
            if running {
                pthread_join(thread, nil)
                running = false
            }
        }
        return try result!.get()
    }
}
