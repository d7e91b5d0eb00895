import TraceModel

/// A trace's line in a run's listing: the columns selected and how they read. The same for every backend.
package enum TraceSummaryRow {
    /// The columns ``read(_:run:)`` reads, in its order, for a SELECT from `traces`.
    package static let selectList = """
        trace_id, case_id, architecture, route, llm_calls, tool_calls, input_tokens + output_tokens, latency_ns, error_count
        """

    /// The summary in `row` (selected with ``selectList``) of a trace of `run`.
    package static func read(_ row: some ColumnReader, run: String) -> TraceSummary {
        TraceSummary(run: run, traceId: row.text(0) ?? "", caseId: row.text(1), architecture: row.text(2) ?? "",
                     route: row.text(3), llmCalls: Int(row.integer(4) ?? 0), toolCalls: Int(row.integer(5) ?? 0),
                     tokens: row.integer(6) ?? 0, latencyNanos: row.integer(7) ?? 0, errorCount: Int(row.integer(8) ?? 0))
    }
}
