import Foundation
import TraceModel

/// What a ``TracePrefetcher``'s reading thread and its caller share: every field but `stream` is
/// guarded by `condition`; `stream` is used by the reading thread alone.
final class PrefetchState: @unchecked Sendable {
    private let condition = NSCondition()
    private let depth: Int
    private var ready: [[Trace]] = []
    private var failure: IngestError?
    private var finished = false
    private var stopped = false
    private var report: FileReport
    private var stream: TraceStream

    init(_ stream: consuming TraceStream, depth: Int) {
        report = stream.report
        self.stream = stream
        self.depth = depth
    }

    var currentReport: FileReport {
        condition.lock()
        defer { condition.unlock() }
        return report
    }

    /// The reading thread's loop: a batch at a time, waiting while `depth` batches are unread.
    func produce() {
        while true {
            var batch: [Trace]?
            var error: IngestError?
            do { batch = try stream.next() } catch let caught { error = caught }
            condition.lock()
            while ready.count >= depth && !stopped { condition.wait() }
            if let batch { ready.append(batch) } else { finished = true }
            failure = error
            report = stream.report
            let exit = finished || stopped
            condition.broadcast()
            condition.unlock()
            if exit { return }
        }
    }

    /// The caller's side: the next batch, the error, or nil at the end.
    func take() throws(IngestError) -> [Trace]? {
        condition.lock()
        defer { condition.unlock() }
        while ready.isEmpty && !finished { condition.wait() }
        if !ready.isEmpty {
            condition.broadcast()
            return ready.removeFirst()
        }
        if let failure { throw failure }
        return nil
    }

    func stop() {
        condition.lock()
        stopped = true
        condition.broadcast()
        condition.unlock()
    }
}
