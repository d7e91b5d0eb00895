import TraceModel

/// The scores of one trace of one case.
public struct CaseScore: Sendable, Hashable {
    /// The case id.
    public var caseId: String
    /// The trace id.
    public var traceId: String
    /// The case's route.
    public var route: String
    /// The case's tags.
    public var tags: [String]
    /// Whether the case is critical.
    public var critical: Bool
    /// The metrics that apply.
    public var scores: [Metric: MetricResult]
    /// Per expected step: matched, missing or failed (for the fail rate by step).
    public var steps: [StepOutcome]
    /// Cost stats of the trace.
    public var stats: TraceStats

    /// Creates a case score.
    public init(caseId: String, traceId: String, route: String, tags: [String], critical: Bool,
                scores: [Metric: MetricResult], steps: [StepOutcome], stats: TraceStats) {
        self.caseId = caseId
        self.traceId = traceId
        self.route = route
        self.tags = tags
        self.critical = critical
        self.scores = scores
        self.steps = steps
        self.stats = stats
    }
}

/// What happened to one expected step in one trace.
public struct StepOutcome: Sendable, Hashable {
    /// The expected tool.
    public var tool: String
    /// Not called (no matching call).
    public var missing: Bool
    /// Called, but the matched call failed.
    public var failed: Bool

    /// Creates an outcome.
    public init(tool: String, missing: Bool, failed: Bool) {
        self.tool = tool
        self.missing = missing
        self.failed = failed
    }
}

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
}
