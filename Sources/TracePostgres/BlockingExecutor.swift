import Dispatch

/// Runs the PostgreSQL client's async work on threads of its own, never on Swift's shared pool, so
/// that a synchronous store call may wait for it from any thread, a pool thread included, without
/// starving the work it waits for.
final class BlockingExecutor: TaskExecutor {
    static let shared = BlockingExecutor()
    private let queue = DispatchQueue(label: "tracegate.postgres", attributes: .concurrent)

    func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        let executor = asUnownedTaskExecutor()
        queue.async { job.runSynchronously(on: executor) }
    }

    /// Runs `body` and waits for its result. A request the client sends on a connection that has
    /// just died may never be answered, so while waiting, `isClosed` is asked once a second, and a
    /// closed connection ends the wait with ``ConnectionLost`` (the request's task is left behind).
    static func wait<T: Sendable>(isClosed: () -> Bool = { false }, _ body: @escaping @Sendable () async throws -> T) throws -> T {
        let outcome = Outcome<T>()
        Task(executorPreference: shared) {
            do { outcome.settle(.success(try await body())) } catch { outcome.settle(.failure(error)) }
        }
        return try outcome.wait(isClosed: isClosed)
    }
}
