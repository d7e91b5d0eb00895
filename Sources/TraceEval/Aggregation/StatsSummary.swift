/// The cost side of a group.
public struct StatsSummary: Sendable, Hashable {
    /// Mean LLM calls per trace.
    public var llmCallsMean = 0.0
    /// Mean tool calls per trace.
    public var toolCallsMean = 0.0
    /// Mean input tokens per trace.
    public var inputTokensMean = 0.0
    /// Mean output tokens per trace.
    public var outputTokensMean = 0.0
    /// Mean cost; nil when no trace's cost is known.
    public var costMean: Double?
    /// Total cost divided by TaskCompletion passes; nil when unknown or no success.
    public var costPerSuccess: Double?
    /// Median latency, ms.
    public var latencyP50 = 0.0
    /// 95th percentile latency, ms.
    public var latencyP95 = 0.0
    /// 99th percentile latency, ms.
    public var latencyP99 = 0.0
    /// Fraction of traces with at least one failed span.
    public var errorRate = 0.0
    /// Final stop reasons and how often each occurred.
    public var stopReasons: [String: Int] = [:]

    /// Empty stats.
    public init() {}
}
