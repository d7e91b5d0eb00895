import TraceModel

/// A trace's row in the `traces` table: its columns in order, how a trace fills them, and how a
/// trace (without spans) is read back. The same for every backend.
package enum TraceRow {
    /// The columns written, in the order ``write(_:runId:file:into:)`` fills them.
    package static let columns = [
        "run_id", "trace_id", "case_id", "query", "final_answer", "architecture", "route", "recorded_outcome",
        "format", "dialects", "source_file", "start_ns", "llm_calls", "tool_calls", "input_tokens", "output_tokens",
        "cache_read_tokens", "latency_ns", "final_stop", "final_stop_raw", "error_count", "digest",
    ]

    /// The columns ``shell(_:)`` reads, in its order, for a SELECT.
    package static let shellSelectList = "trace_id, case_id, query, final_answer, architecture, route, recorded_outcome, format, dialects"

    /// Writes one trace's columns, in the order of ``columns``; `digest` is the trace's own
    /// (``TraceDigest/encode(_:)``).
    package static func write(_ trace: Trace, runId: Int64, file: String, digest: [UInt8], into row: inout some RowSink) {
        let totals = trace.totals
        row.add(runId)
        row.add(trace.traceId)
        row.add(trace.caseId)
        row.add(trace.query)
        row.add(trace.finalAnswer)
        row.add(trace.architecture.rawValue)
        row.add(trace.route)
        row.add(trace.recordedOutcome)
        row.add(trace.format)
        row.add(trace.dialects.joined(separator: ","))
        row.add(file)
        row.add(trace.start)
        row.add(totals.llmCalls)
        row.add(totals.toolCalls)
        row.add(totals.usage.input)
        row.add(totals.usage.output)
        row.add(totals.usage.cacheRead)
        row.add(totals.latencyNanos)
        row.add(totals.finalStopReason?.category.rawValue)
        row.add(totals.finalStopReason?.raw)
        row.add(totals.errorCount)
        row.add(blob: digest)
    }

    /// A trace without its spans, from a row selected with ``shellSelectList``.
    package static func shell(_ row: some ColumnReader) -> Trace {
        Trace(
            traceId: row.text(0) ?? "", caseId: row.text(1), query: row.text(2), finalAnswer: row.text(3),
            architecture: Architecture(rawValue: row.text(4) ?? "") ?? .unknown, route: row.text(5),
            recordedOutcome: row.real(6), format: row.text(7) ?? "",
            dialects: (row.text(8) ?? "").split(separator: ",").map(String.init), spans: []
        )
    }
}
