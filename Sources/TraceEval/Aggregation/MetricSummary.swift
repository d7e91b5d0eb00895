/// One metric over a group.
public struct MetricSummary: Sendable, Hashable {
    /// Scored traces (plus cases with no trace, for TaskCompletion).
    public var n: Int
    /// Mean score.
    public var mean: Double
    /// Fraction that passed.
    public var passRate: Double
    /// Seeded 95 % bootstrap interval of the mean.
    public var ci95: ClosedRange<Double>

    /// Creates a summary.
    public init(n: Int, mean: Double, passRate: Double, ci95: ClosedRange<Double>) {
        self.n = n
        self.mean = mean
        self.passRate = passRate
        self.ci95 = ci95
    }
}
