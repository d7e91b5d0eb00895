/// One metric compared between baseline and candidate over the cases both have.
public struct MetricComparison: Sendable, Hashable {
    /// The metric key.
    public var metric: String
    /// Paired cases.
    public var n: Int
    /// Baseline mean over the paired cases.
    public var baseline: Double
    /// Candidate mean over the paired cases.
    public var candidate: Double
    /// Seeded paired-bootstrap 95 % interval of candidate − baseline.
    public var ci95: ClosedRange<Double>
    /// Cases that went pass → fail.
    public var worse: Int
    /// Cases that went fail → pass.
    public var better: Int
    /// Exact one-sided McNemar p-value for a drop in pass rate.
    public var mcNemarP: Double
    /// One-sided bootstrap p-value for a drop in mean score.
    public var bootstrapP: Double
    /// Whether every score on both sides is 0 or 1 (then McNemar is the test that counts).
    public var binary: Bool
    /// The p-value the gate uses (McNemar for binary metrics, else bootstrap) after Holm's correction.
    public var adjustedP: Double
    /// Cases whose score rose, fell, or stayed.
    public var wins: Int
    public var losses: Int
    public var ties: Int
    /// Baseline and candidate pass rates.
    public var baselinePassRate: Double
    public var candidatePassRate: Double

    /// candidate − baseline.
    public var difference: Double { candidate - baseline }

    /// The raw p-value for this metric's test.
    public var rawP: Double { binary ? mcNemarP : bootstrapP }
}
