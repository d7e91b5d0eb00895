/// Two runs compared on the same golden cases.
public struct Comparison: Sendable, Hashable {
    /// The baseline's name.
    public var baseline: String
    /// The candidate's name.
    public var candidate: String
    /// The golden dataset's name.
    public var golden: String
    /// Everything together.
    public var overall: RouteComparison
    /// Per route, by name.
    public var routes: [RouteComparison]
    /// Cases with traces in the baseline only (each counted as a candidate failure).
    public var missingFromCandidate: [String]
    /// Cases with traces in the candidate only (not paired).
    public var onlyInCandidate: [String]
    /// Every paired case, in golden order.
    public var pairs: [CasePair]
}
