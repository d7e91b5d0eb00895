import Foundation
import TraceModel

/// What a ``TracePrefetcher``'s reading thread and its caller share. The reading thread alone uses
/// `stream` and `normalizer`; the caller alone uses `report`; the rest is guarded by `condition`.
final class PrefetchState: @unchecked Sendable {
    private let condition = NSCondition()
    private let depth: Int
    private var ready: [[(trace: Trace, warnings: [String])]] = []
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

    /// The reading thread's loop: a batch at a time, read, mapped and normalized, waiting while
    /// `depth` batches are unread. The caller's thread is left only what it does with a batch.
    func produce() {
        while true {
            var batch: [(trace: Trace, warnings: [String])]?
            var error: IngestError?
            do {
                batch = try stream.nextRawBatch().map { TraceStream.normalize($0, with: normalizer) }
            } catch let caught { error = caught }
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

    /// The caller's side: the next batch, counted in `report`; the error; or nil at the end.
    func take() throws(IngestError) -> [Trace]? {
        condition.lock()
        while ready.isEmpty && !finished { condition.wait() }
        let batch = ready.isEmpty ? nil : ready.removeFirst()
        let (failure, endReport) = (self.failure, self.endReport)
        condition.broadcast()
        condition.unlock()
        if let batch { return TraceStream.count(batch, into: &report) }
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
