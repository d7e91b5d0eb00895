/// Everything a case expects (the `expected` block).
public struct CaseExpectation: Sendable, Hashable {
    /// The tools the agent should call, a multiset (ToolSelectionAccuracy); nil when not given.
    public var tools: [ExpectedCall]?
    /// Tools that must never be called.
    public var forbiddenTools: [String] = []
    /// The case expects no tool call at all.
    public var expectNoTools = false
    /// The reference trajectory.
    public var trajectory: TrajectorySpec?
    /// The length of the shortest successful path.
    public var optimalSteps: Int?
    /// The outcome criteria.
    public var outcome = OutcomeSpec()
    /// Limits.
    public var budgets = Budgets()

    /// Creates an empty expectation.
    public init() {}
}
