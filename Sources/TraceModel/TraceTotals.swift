/// Totals derived from a trace's spans.
public struct TraceTotals: Sendable, Hashable, Codable {
    /// Number of LLM spans.
    public var llmCalls: Int
    /// Number of tool spans (every execution, retries included).
    public var toolCalls: Int
    /// Tokens summed over LLM spans only.
    public var usage: TokenUsage
    /// From the earliest start to the latest end, in nanoseconds.
    public var latencyNanos: Int64
    /// The stop reason of the last LLM span.
    public var finalStopReason: StopReason?
    /// Number of spans with error status.
    public var errorCount: Int

    /// Creates totals.
    public init(
        llmCalls: Int = 0, toolCalls: Int = 0, usage: TokenUsage = TokenUsage(), latencyNanos: Int64 = 0,
        finalStopReason: StopReason? = nil, errorCount: Int = 0
    ) {
        self.llmCalls = llmCalls
        self.toolCalls = toolCalls
        self.usage = usage
        self.latencyNanos = latencyNanos
        self.finalStopReason = finalStopReason
        self.errorCount = errorCount
    }

    /// Computes the totals of `spans`.
    public init(spans: [Span]) {
        self.init()
        var first = Int64.max
        var last = Int64.min
        var lastLLMStart = Int64.min
        for index in spans.indices {  // by index: spans are read in place, not copied
            let (start, end) = (spans[index].start, spans[index].end)
            first = min(first, start)
            last = max(last, max(end, start))
            if spans[index].status.isError { errorCount += 1 }
            switch spans[index].kind {
            case .llm:
                llmCalls += 1
                if let usage = spans[index].usage { self.usage = self.usage + usage }
                if start >= lastLLMStart {
                    lastLLMStart = start
                    finalStopReason = spans[index].stopReason
                }
            case .tool:
                toolCalls += 1
            default:
                break
            }
        }
        latencyNanos = spans.isEmpty ? 0 : max(0, last.subtractingSaturating(first))
    }
}

extension Int64 {
    /// Subtracts without trapping.
    package func subtractingSaturating(_ other: Int64) -> Int64 {
        let (difference, overflow) = subtractingReportingOverflow(other)
        if overflow { return other > 0 ? .min : .max }
        return difference
    }
}
