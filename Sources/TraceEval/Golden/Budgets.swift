/// Limits a run must stay within (PolicyCompliance).
public struct Budgets: Sendable, Hashable {
    /// Most LLM calls.
    public var maxLLMCalls: Int?
    /// Most tool calls.
    public var maxToolCalls: Int?
    /// Most input plus output tokens.
    public var maxTokens: Int64?
    /// Most cost in US dollars.
    public var maxCostUSD: Double?
    /// Most end-to-end latency in milliseconds.
    public var maxLatencyMs: Double?

    /// Creates budgets.
    public init(maxLLMCalls: Int? = nil, maxToolCalls: Int? = nil, maxTokens: Int64? = nil, maxCostUSD: Double? = nil,
                maxLatencyMs: Double? = nil) {
        self.maxLLMCalls = maxLLMCalls
        self.maxToolCalls = maxToolCalls
        self.maxTokens = maxTokens
        self.maxCostUSD = maxCostUSD
        self.maxLatencyMs = maxLatencyMs
    }
}
