/// One stored metric result of one trace.
public struct ScoreRow: Sendable, Equatable {
    /// The trace.
    public var traceId: String
    /// The golden case it was scored against.
    public var caseId: String
    /// The metric key.
    public var metric: String
    /// The score.
    public var score: Double
    /// Whether it passed.
    public var passed: Bool
    /// The details as JSON text.
    public var details: String

    /// Creates a row.
    public init(traceId: String, caseId: String, metric: String, score: Double, passed: Bool, details: String) {
        self.traceId = traceId
        self.caseId = caseId
        self.metric = metric
        self.score = score
        self.passed = passed
        self.details = details
    }
}
