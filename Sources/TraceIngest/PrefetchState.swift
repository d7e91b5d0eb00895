import Foundation
import TraceModel

/// What a ``TracePrefetcher``'s reading thread and its caller share. The reading thread alone uses
/// `stream`; the caller alone uses `report` and `normalizer`; the rest is guarded by `condition`.
final class PrefetchState: @unchecked Sendable {
    private let condition = NSCondition()
    private let depth: Int
    private var ready: [[RawTrace]] = []
    private var failure: IngestError?
    private var finished = false
    private var stopped = false
    private var endReport: FileReport?
    private var bytesSoFar = 0
    private var stream: TraceStream
    private let normalizer: Normalizer
    /// The caller's count of the traces it was given.
    private(set) var report: FileReport

    init(_ stream: consuming TraceStream, depth: Int) {
        report = stream.report
        normalizer = stream.normalizer
        self.depth = depth
        self.stream = stream
    }

    /// The reading thread's loop: a batch at a time, waiting while `depth` batches are unread.
    func produce() {
        while true {
            var batch: [RawTrace]?
            var error: IngestError?
            do { batch = try stream.nextRawBatch() } catch let caught { error = caught }
            condition.lock()
            while ready.count >= depth && !stopped { condition.wait() }
            if let batch { ready.append(batch) } else { finished = true }
            bytesSoFar = stream.bytesRead
            failure = error
            if batch == nil, error == nil { endReport = stream.report }
            let exit = finished || stopped
            condition.broadcast()
            condition.unlock()
            if exit { return }
        }
    }

    /// The caller's side: the next batch, normalized on the caller's thread; the error; or nil at the end.
    func take() throws(IngestError) -> [Trace]? {
        condition.lock()
        while ready.isEmpty && !finished { condition.wait() }
        let raws = ready.isEmpty ? nil : ready.removeFirst()
        let (failure, endReport) = (self.failure, self.endReport)
        condition.broadcast()
        condition.unlock()
        if let raws { return TraceStream.normalize(raws, with: normalizer, into: &report) }
        if let failure { throw failure }
        if let endReport {
            report.bytes = endReport.bytes
            report.skipped = endReport.skipped
        }
        return nil
    }

    /// Bytes the reading thread has read so far.
    var bytesRead: Int {
        condition.lock()
        defer { condition.unlock() }
        return bytesSoFar
    }

    /// Tells the reading thread to stop after the batch it is reading.
    func stop() {
        condition.lock()
        stopped = true
        condition.broadcast()
        condition.unlock()
    }
}
