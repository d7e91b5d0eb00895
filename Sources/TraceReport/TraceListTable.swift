import TraceModel

/// The list of a run's traces that `tracegate show --run NAME` prints.
public struct TraceListTable: Sendable {
    /// The traces to list.
    public let traces: [TraceSummary]

    /// Creates the table.
    public init(traces: [TraceSummary]) {
        self.traces = traces
    }

    /// The table's lines.
    public func lines() -> [String] {
        let rows = traces.map { trace in
            [
                TerminalText.safe(trace.traceId, limit: 40), TerminalText.safe(trace.caseId ?? "–", limit: 30),
                trace.architecture, TerminalText.safe(trace.route ?? "–", limit: 30), String(trace.llmCalls),
                String(trace.toolCalls), String(trace.tokens), TerminalText.duration(nanos: trace.latencyNanos),
                String(trace.errorCount),
            ]
        }
        return TextTable(header: ["trace", "case", "architecture", "route", "llm", "tools", "tokens", "latency", "errors"],
                         rows: rows, rightAligned: [4, 5, 6, 7, 8]).lines()
    }
}
