/// The scores of a group of traces: the whole run, one route, or one tag.
public struct GroupScore: Sendable, Hashable {
    /// The group's name (`overall`, the route, or the tag).
    public var name: String
    /// Cases in the group (including cases with no trace).
    public var cases: Int
    /// Traces scored.
    public var traces: Int
    /// Per metric: n, mean, pass rate, interval.
    public var metrics: [Metric: MetricSummary]
    /// pass^k of TaskCompletion over trials.
    public var passK: [Int: Double]
    /// The cost side.
    public var stats: StatsSummary

    /// Creates a group score.
    public init(name: String, cases: Int, traces: Int, metrics: [Metric: MetricSummary], passK: [Int: Double], stats: StatsSummary) {
        self.name = name
        self.cases = cases
        self.traces = traces
        self.metrics = metrics
        self.passK = passK
        self.stats = stats
    }
}

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

/// The cost side of a group.
public struct StatsSummary: Sendable, Hashable {
    public var llmCallsMean = 0.0
    public var toolCallsMean = 0.0
    public var inputTokensMean = 0.0
    public var outputTokensMean = 0.0
    /// Mean cost; nil when no trace's cost is known.
    public var costMean: Double?
    /// Total cost divided by TaskCompletion passes; nil when unknown or no success.
    public var costPerSuccess: Double?
    public var latencyP50 = 0.0
    public var latencyP95 = 0.0
    public var latencyP99 = 0.0
    /// Fraction of traces with at least one failed span.
    public var errorRate = 0.0
    /// Final stop reasons and how often each occurred.
    public var stopReasons: [String: Int] = [:]

    /// Empty stats.
    public init() {}
}
