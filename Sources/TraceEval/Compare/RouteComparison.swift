/// Baseline and candidate compared over one route (or overall).
public struct RouteComparison: Sendable, Hashable {
    /// The route (`overall` for everything).
    public var route: String
    /// Cases paired by id.
    public var pairedCases: Int
    /// Per quality metric.
    public var metrics: [MetricComparison]
    /// The cost side.
    public var costs: [CostComparison]
    /// TaskCompletion pass → fail cases.
    public var passToFail: [String]
    /// TaskCompletion fail → pass cases.
    public var failToPass: [String]
    /// Critical cases that went pass → fail on any metric.
    public var criticalRegressions: [String]
    /// Per expected step, sorted by the largest increase first.
    public var steps: [StepChange]

    /// The comparison of one metric, if present.
    public func metric(_ metric: Metric) -> MetricComparison? {
        metrics.first { $0.metric == metric }
    }
}
