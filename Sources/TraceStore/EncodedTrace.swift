import TraceModel

/// A trace with the costly parts of its rows made ahead of the write: its digest and its spans'
/// JSON texts. A batch's are made on every core, so the writer's thread, which alone may use the
/// connection, is left binding and stepping.
package struct EncodedTrace: Sendable {
    /// The trace.
    package let trace: Trace
    /// Its digest (``TraceDigest/encode(_:)``).
    package let digest: [UInt8]
    /// Its spans' texts, in span order.
    package let spans: [SpanRow.Texts]

    /// The digest and texts of `trace`.
    package init(_ trace: Trace) {
        self.trace = trace
        digest = TraceDigest.encode(trace)
        spans = trace.spans.map(SpanRow.Texts.init)
    }

    /// Writes the trace's row into `row`.
    package func writeTrace(runId: Int64, file: String, into row: inout some RowSink) {
        TraceRow.write(trace, runId: runId, file: file, digest: digest, into: &row)
    }

    /// Writes the row of span `ordinal` into `row`.
    package func writeSpan(_ ordinal: Int, runId: Int64, into row: inout some RowSink) {
        SpanRow.write(trace.spans[ordinal], runId: runId, ordinal: ordinal, texts: spans[ordinal], into: &row)
    }

    /// The traces of `batch` made ready, in order, and how many were left out: a trace id given
    /// twice in one batch keeps its last copy (as if written one by one), and the earlier copy
    /// counts as replaced. Making them is pure, so it runs on every core.
    package static func batch(_ batch: [Trace]) -> (traces: [EncodedTrace], superseded: Int) {
        var latest: [String: Int] = [:]
        for (index, trace) in batch.enumerated() { latest[trace.traceId] = index }
        let kept = latest.count == batch.count ? batch : batch.indices.filter { latest[batch[$0].traceId] == $0 }.map { batch[$0] }
        return (ChunkedWork.each(kept, minimum: 32) { EncodedTrace($0) }, batch.count - kept.count)
    }
}
