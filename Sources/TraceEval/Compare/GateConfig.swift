/// Thresholds for `tracegate gate` and `tracegate score --config` (`tracegate.yaml`), validated like
/// golden files. The rules they drive are documented on `Gate`.
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

    /// What a coverage problem does to the verdict.
    public enum Policy: String, Sendable, Hashable, CaseIterable {
        case fail, warn
    }

    /// Significance level for a drop, after Holm's correction across the routes of one metric.
    public var alpha: Double = 0.05
    /// Below this many paired cases the significance test is not used (the wholesale rule still is).
    public var minSamples: Int = 5
    /// A critical case going pass → fail fails the gate on its own.
    public var enforceCritical = true
    /// The wholesale rule: at least this many cases got worse on a metric, none better…
    public var wholesaleMinCases = 2
    /// …and they are at least this fraction of the route's paired cases.
    public var wholesaleFraction = 0.5
    /// Candidate traces that link to no golden case.
    public var unlinkedTraces = Policy.fail
    /// Golden cases with no trace in the candidate.
    public var missingCases = Policy.fail
    /// Rules per metric.
    public var metrics: [Metric: Rule] = Dictionary(uniqueKeysWithValues: Metric.allCases.map { ($0, Rule(maxDrop: 0.05)) })
    /// Per-route overrides of the metric rules.
    public var routes: [String: [Metric: Rule]] = [:]
    /// Largest relative increase of mean cost tolerated (0.25 = +25 %), nil for no limit.
    public var costMaxIncrease: Double?
    /// Largest relative increase of p95 latency tolerated, nil for no limit.
    public var latencyMaxIncrease: Double?
    /// Where each route override was written (1-based line), to name it when the golden has no such route.
    public var routeLines: [String: Int] = [:]
    /// The file the configuration came from, if any.
    public var file: String?

    /// The defaults used when no file is given.
    public init() {}

    /// Two configurations are equal when they say the same thing, wherever they were written.
    public static func == (lhs: GateConfig, rhs: GateConfig) -> Bool {
        lhs.alpha == rhs.alpha && lhs.minSamples == rhs.minSamples && lhs.enforceCritical == rhs.enforceCritical
            && lhs.wholesaleMinCases == rhs.wholesaleMinCases && lhs.wholesaleFraction == rhs.wholesaleFraction
            && lhs.unlinkedTraces == rhs.unlinkedTraces && lhs.missingCases == rhs.missingCases && lhs.metrics == rhs.metrics
            && lhs.routes == rhs.routes && lhs.costMaxIncrease == rhs.costMaxIncrease && lhs.latencyMaxIncrease == rhs.latencyMaxIncrease
    }

    /// Hashes what `==` compares.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(alpha)
        hasher.combine(minSamples)
        hasher.combine(metrics)
        hasher.combine(routes)
    }

    /// The rule for `metric` on `route`.
    public func rule(_ metric: Metric, route: String) -> Rule {
        routes[route]?[metric] ?? metrics[metric] ?? Rule(maxDrop: 0.05)
    }

    /// Checks that every route the configuration names is a route of `dataset`, so a typo never
    /// silently drops the stricter rule the user wrote.
    public func validate(against dataset: GoldenDataset) throws(GoldenError) {
        let known = Set(dataset.cases.map(\.route))
        for route in routes.keys.sorted() where !known.contains(route) {
            throw GoldenError(file: file ?? "tracegate.yaml", line: routeLines[route], field: "routes.\(route)",
                              message: "the golden dataset '\(dataset.name)' has no route '\(route)'; its routes are: "
                                  + known.sorted().joined(separator: ", "))
        }
    }

    /// The defaults as a `tracegate.yaml` a user can start from.
    public static let defaultsYAML = """
        # tracegate gate configuration (tracegate.yaml). These are the defaults used without --config.
        version: 1
        alpha: 0.05             # significance, after Holm's correction across the routes of each metric
        min_samples: 5          # fewer paired cases than this: the significance test is not used
        wholesale_min_cases: 2  # wholesale rule: at least this many cases worse and none better…
        wholesale_fraction: 0.5 # …and at least this fraction of the route: fails whatever the p-value
        enforce_critical: true  # a critical case going pass → fail fails the gate on its own
        unlinked_traces: fail   # candidate traces that link to no golden case: fail or warn
        missing_cases: fail     # golden cases with no trace in the candidate: fail or warn
        metrics:                # max_drop: tolerated fall of the mean; min: a floor that fails on its own
          tool_selection_accuracy: {max_drop: 0.05}
          task_completion: {max_drop: 0.05}
          trajectory_score: {max_drop: 0.05}
          step_efficiency: {max_drop: 0.05}
          policy_compliance: {max_drop: 0.05}
        # cost: {max_increase: 0.25}      # fail when mean cost rises by more than 25 %
        # latency: {max_increase: 0.50}   # fail when p95 latency rises by more than 50 %
        # routes:                          # per-route overrides; each must be a route of the golden
        #   vendor_exception:
        #     task_completion: {max_drop: 0.0, min: 0.9}

        """
}
