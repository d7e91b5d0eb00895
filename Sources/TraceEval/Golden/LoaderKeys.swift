/// Every key the golden and gate-config loaders accept, per mapping: the loaders check against
/// these, and a test checks that each appears in the documentation, so the two cannot drift.
public enum LoaderKeys {
    /// A golden file's top level.
    public static let golden: Set<String> = ["version", "name", "description", "defaults", "tools", "cases"]
    /// `defaults`.
    public static let defaults: Set<String> = ["trajectory_mode", "args_match", "thresholds"]
    /// An entry of the tool catalog.
    public static let tool: Set<String> = ["side_effect", "requires_approval", "args_match", "description"]
    /// A case.
    public static let goldenCase: Set<String> = ["id", "query", "route", "tags", "critical", "expected"]
    /// `expected`.
    public static let expected: Set<String> = ["tools", "forbidden_tools", "expect_no_tools", "trajectory", "optimal_steps", "outcome", "budgets"]
    /// `expected.trajectory`.
    public static let trajectory: Set<String> = ["mode", "steps", "must_precede"]
    /// `expected.outcome`.
    public static let outcome: Set<String> = ["answer_contains", "answer_regex", "answer_equals", "answer_number", "must_communicate",
                                              "required_actions", "recorded", "termination", "expect_no_action"]
    /// `expected.budgets`.
    public static let budgets: Set<String> = ["max_llm_calls", "max_tool_calls", "max_tokens", "max_cost_usd", "max_latency_ms"]
    /// `{number: …}` and `answer_number`.
    public static let number: Set<String> = ["value", "abs", "rel"]
    /// The matcher kinds of an argument.
    public static var matchers: Set<String> { MatcherReader.kinds }
    /// `tracegate.yaml`'s top level.
    public static let config: Set<String> = ["version", "alpha", "min_samples", "enforce_critical", "metrics", "routes", "cost", "latency",
                                             "wholesale_min_cases", "wholesale_fraction", "unlinked_traces", "missing_cases"]
    /// A metric rule in `tracegate.yaml`.
    public static let configRule: Set<String> = ["max_drop", "min"]
    /// `cost` and `latency` in `tracegate.yaml`.
    public static let configLimit: Set<String> = ["max_increase"]

    /// Every golden-file key, with the page that documents it.
    public static var allGolden: Set<String> {
        golden.union(defaults).union(tool).union(goldenCase).union(expected).union(trajectory).union(outcome).union(budgets)
            .union(number).union(matchers)
    }

    /// Every config key.
    public static var allConfig: Set<String> { config.union(configRule).union(configLimit) }
}
