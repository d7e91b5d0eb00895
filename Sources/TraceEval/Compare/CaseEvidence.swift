/// A regressed case shown side by side: the golden's expected calls (with argument matchers) and the
/// candidate's actual calls (with argument values), so a wrong value is visible, not just a wrong key.
public struct CaseEvidence: Sendable, Hashable {
    /// The case id.
    public var caseId: String
    /// The route.
    public var route: String
    /// The metrics that went pass → fail.
    public var metrics: [Metric]
    /// Expected calls, `tool(key = matcher, …)`, in reference order.
    public var expected: [String]
    /// Actual calls of the candidate's first trial, `tool(key = value, …)`, marked when they failed.
    public var actual: [String]
    /// The candidate trace shown, if any.
    public var traceId: String?

    /// Creates the evidence.
    public init(caseId: String, route: String, metrics: [Metric], expected: [String], actual: [String], traceId: String?) {
        self.caseId = caseId
        self.route = route
        self.metrics = metrics
        self.expected = expected
        self.actual = actual
        self.traceId = traceId
    }
}
