/// How often one expected step of one route was missing or failed: the fail rate by step.
public struct StepStat: Sendable, Hashable {
    /// The route.
    public var route: String
    /// The expected tool.
    public var tool: String
    /// How many times the step was expected (over scored traces).
    public var expected: Int
    /// How many times no call matched it.
    public var missing: Int
    /// How many times the matching call failed.
    public var failed: Int

    /// Creates a stat.
    public init(route: String, tool: String, expected: Int, missing: Int, failed: Int) {
        self.route = route
        self.tool = tool
        self.expected = expected
        self.missing = missing
        self.failed = failed
    }

    /// (missing + failed) / expected.
    public var failRate: Double { expected == 0 ? 0 : Double(missing + failed) / Double(expected) }
}
