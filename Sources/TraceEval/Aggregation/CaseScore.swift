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
