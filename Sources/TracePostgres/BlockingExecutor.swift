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

    /// Runs `body` and waits for its result.
    static func wait<T: Sendable>(_ body: @escaping @Sendable () async throws -> T) throws -> T {
        let outcome = Outcome<T>()
        let done = DispatchSemaphore(value: 0)
        Task(executorPreference: shared) {
            do { outcome.result = .success(try await body()) } catch { outcome.result = .failure(error) }
            done.signal()
        }
        done.wait()
        return try outcome.result!.get()
    }
}

/// The result handed from the task to the waiting thread (written before the semaphore's signal,
/// read after its wait).
private final class Outcome<T: Sendable>: @unchecked Sendable {
    var result: Result<T, Error>?
}
