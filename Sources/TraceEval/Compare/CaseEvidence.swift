/// A regressed case shown side by side: the golden's expected calls (with their matchers) against
/// the candidate's actual calls (with argument values), aligned, so a wrong value is visible.
public struct CaseEvidence: Sendable, Hashable {
    /// The case id.
    public var caseId: String
    /// The route.
    public var route: String
    /// The metrics that went pass → fail.
    public var metrics: [Metric]
    /// Expected against actual, from the candidate's first trial.
    public var rows: [AlignmentRow]
    /// The candidate trace shown, if any.
    public var traceId: String?

    /// Creates the evidence.
    public init(caseId: String, route: String, metrics: [Metric], rows: [AlignmentRow], traceId: String?) {
        self.caseId = caseId
        self.route = route
        self.metrics = metrics
        self.rows = rows
        self.traceId = traceId
    }
}
