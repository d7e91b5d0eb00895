/// Everything `tracegate score` computes for one run against one golden dataset.
public struct RunScore: Sendable, Hashable {
    /// The run's name.
    public var run: String
    /// The golden dataset's name.
    public var golden: String
    /// All traces.
    public var overall: GroupScore
    /// Per route, sorted by name.
    public var routes: [GroupScore]
    /// Per tag, sorted by name.
    public var tags: [GroupScore]
    /// The fail rate by step, per route and expected tool.
    public var steps: [StepStat]
    /// Every scored trace.
    public var cases: [CaseScore]
    /// Traces that link to no case.
    public var unlinkedTraces: [String]
    /// Cases with no trace (each counts as a TaskCompletion failure).
    public var casesWithoutTrace: [String]
    /// For the first unlinked traces, why they link to nothing and the case they most likely meant.
    public var linkHints: [String] = []

    /// Creates a run score.
    public init(run: String, golden: String, overall: GroupScore, routes: [GroupScore], tags: [GroupScore], steps: [StepStat],
                cases: [CaseScore], unlinkedTraces: [String], casesWithoutTrace: [String]) {
        self.run = run
        self.golden = golden
        self.overall = overall
        self.routes = routes
        self.tags = tags
        self.steps = steps
        self.cases = cases
        self.unlinkedTraces = unlinkedTraces
        self.casesWithoutTrace = casesWithoutTrace
    }
}
