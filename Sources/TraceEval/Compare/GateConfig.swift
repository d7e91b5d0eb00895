/// Thresholds for `tracegate gate` (`tracegate.yaml`), validated like golden files.
public struct GateConfig: Sendable, Hashable {
    /// Tolerance and floor of one metric.
    public struct Rule: Sendable, Hashable {
        /// The largest drop of the mean tolerated (absolute, on the 0–1 scale).
        public var maxDrop: Double
        /// The floor: a candidate mean below it fails on its own.
        public var min: Double?

        /// Creates a rule.
        public init(maxDrop: Double, min: Double? = nil) {
            self.maxDrop = maxDrop
            self.min = min
        }
    }

    /// Significance level for a drop, after Holm's correction across all route × metric tests.
    public var alpha: Double = 0.05
    /// Below this many paired cases, a drop beyond tolerance only warns.
    public var minSamples: Int = 5
    /// A critical case going pass → fail fails the gate on its own.
    public var enforceCritical = true
    /// Rules per metric key.
    public var metrics: [String: Rule] = Dictionary(uniqueKeysWithValues: Metric.allCases.map { ($0.rawValue, Rule(maxDrop: 0.05)) })
    /// Per-route overrides of the metric rules.
    public var routes: [String: [String: Rule]] = [:]
    /// Largest relative increase of mean cost tolerated (0.25 = +25 %), nil for no limit.
    public var costMaxIncrease: Double?
    /// Largest relative increase of p95 latency tolerated, nil for no limit.
    public var latencyMaxIncrease: Double?

    /// The defaults used when no file is given.
    public init() {}

    /// The rule for `metric` on `route`.
    public func rule(_ metric: String, route: String) -> Rule {
        routes[route]?[metric] ?? metrics[metric] ?? Rule(maxDrop: 0.05)
    }

    /// The defaults as a `tracegate.yaml` a user can start from.
    public static let defaultsYAML = """
        # tracegate gate configuration (tracegate.yaml). These are the defaults used without --config.
        version: 1
        alpha: 0.05            # significance after Holm's correction across every route × metric test
        min_samples: 5         # fewer paired cases than this: a drop only warns
        enforce_critical: true # a critical case going pass → fail fails the gate on its own
        metrics:               # max_drop: tolerated fall of the mean; min: a floor that fails on its own
          tool_selection_accuracy: {max_drop: 0.05}
          task_completion: {max_drop: 0.05}
          trajectory_score: {max_drop: 0.05}
          step_efficiency: {max_drop: 0.05}
          policy_compliance: {max_drop: 0.05}
        # cost: {max_increase: 0.25}      # fail when mean cost rises by more than 25 %
        # latency: {max_increase: 0.50}   # fail when p95 latency rises by more than 50 %
        # routes:                          # per-route overrides
        #   vendor_exception:
        #     task_completion: {max_drop: 0.0, min: 0.9}

        """
}
