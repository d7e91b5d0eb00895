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
    /// The 1-based line where the case starts in its file, when read from one.
    public var line: Int?
    /// A fingerprint of the case's parsed content and of the dataset settings that apply to it
    /// (defaults, tool catalog): formatting and comments do not change it, any edit that can change
    /// a score does. A baseline compares a case only when the fingerprints agree.
    public var fingerprint: String = ""

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
