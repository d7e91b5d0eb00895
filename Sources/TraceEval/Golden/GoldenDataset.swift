/// A golden dataset (GOLDEN.md, version 1).
public struct GoldenDataset: Sendable, Hashable {
    /// The format version (1).
    public var version: Int
    /// The dataset's name.
    public var name: String
    /// A description.
    public var description: String?
    /// The default trajectory mode (in_order unless set).
    public var trajectoryMode: TrajectoryMode
    /// The default argument policy (superset unless set).
    public var argsMatch: ArgsMatchMode
    /// Pass thresholds per metric key, overriding the built-in ones.
    public var thresholds: [Metric: Double]
    /// The tool catalog; empty when the dataset has none.
    public var tools: [String: ToolPolicy]
    /// The cases, in file order.
    public var cases: [GoldenCase]

    /// Creates a dataset.
    public init(version: Int = 1, name: String, description: String? = nil, trajectoryMode: TrajectoryMode = .inOrder,
                argsMatch: ArgsMatchMode = .superset, thresholds: [Metric: Double] = [:], tools: [String: ToolPolicy] = [:],
                cases: [GoldenCase]) {
        self.version = version
        self.name = name
        self.description = description
        self.trajectoryMode = trajectoryMode
        self.argsMatch = argsMatch
        self.thresholds = thresholds
        self.tools = tools
        self.cases = cases
    }

    /// The argument policy for `tool`: the catalog's, else the dataset default.
    public func argsMatch(for tool: String) -> ArgsMatchMode {
        tools[tool]?.argsMatch ?? argsMatch
    }

    /// The pass threshold for a metric: the dataset's, else the definition's default.
    public func threshold(_ metric: Metric) -> Double {
        thresholds[metric] ?? metric.defaultThreshold
    }
}
