/// The cost side of one trace.
public struct TraceStats: Sendable, Hashable {
    /// LLM calls.
    public var llmCalls: Int
    /// Tool calls.
    public var toolCalls: Int
    /// Input tokens.
    public var inputTokens: Int64
    /// Output tokens.
    public var outputTokens: Int64
    /// Cost in dollars, when known.
    public var cost: Double?
    /// Latency in milliseconds.
    public var latencyMs: Double
    /// Whether any span failed.
    public var hasError: Bool
    /// The final stop reason's category.
    public var stopReason: String?

    /// Creates stats.
    public init(llmCalls: Int, toolCalls: Int, inputTokens: Int64, outputTokens: Int64, cost: Double?, latencyMs: Double,
                hasError: Bool, stopReason: String?) {
        self.llmCalls = llmCalls
        self.toolCalls = toolCalls
        self.inputTokens = inputTokens
        self.outputTokens = outputTokens
        self.cost = cost
        self.latencyMs = latencyMs
        self.hasError = hasError
        self.stopReason = stopReason
    }

    /// Input plus output tokens, saturating at Int64.max instead of trapping.
    public var totalTokens: Int64 {
        inputTokens.addingSaturating(outputTokens)
    }
}
