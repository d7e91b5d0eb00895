/// One case on both sides (the candidate side is a failed stand-in when the candidate has no trace).
public struct CasePair: Sendable, Hashable {
    /// The baseline summary.
    public var baseline: CaseSummary
    /// The candidate summary.
    public var candidate: CaseSummary

    /// The case id.
    public var caseId: String { baseline.caseId }
    /// The route.
    public var route: String { baseline.route }
}
