/// One golden case.
public struct GoldenCase: Sendable, Hashable {
    /// The unique id.
    public var id: String
    /// The query text, used for linking when a trace names no case.
    public var query: String?
    /// The cohort that per-route gates compare.
    public var route: String
    /// Free tags for aggregation.
    public var tags: [String]
    /// A critical case going pass → fail fails the gate on its own.
    public var critical: Bool
    /// What the case expects.
    public var expected: CaseExpectation

    /// Creates a case.
    public init(id: String, query: String? = nil, route: String, tags: [String] = [], critical: Bool = false,
                expected: CaseExpectation = CaseExpectation()) {
        self.id = id
        self.query = query
        self.route = route
        self.tags = tags
        self.critical = critical
        self.expected = expected
    }
}
