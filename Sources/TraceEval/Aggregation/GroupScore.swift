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
