import TraceModel

/// One evaluator's verdict on one trace: a score in [0, 1], whether it passed, and details that explain it.
public struct MetricResult: Sendable, Hashable {
    /// The score, in [0, 1].
    public var score: Double
    /// Whether the score meets the case's threshold (or the metric's own pass rule).
    public var passed: Bool
    /// What matched, what is missing or extra, where the paths diverged; a JSON object.
    public var details: [String: JSONValue]

    /// Creates a result; the score is clamped to [0, 1].
    public init(score: Double, passed: Bool, details: [String: JSONValue] = [:]) {
        self.score = min(1, max(0, score.isFinite ? score : 0))
        self.passed = passed
        self.details = details
    }
}
