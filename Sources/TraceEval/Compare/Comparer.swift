import TraceModel

/// Compares a candidate with a baseline case by case (pure).
///
/// Cases are paired by id. A case with traces in the baseline but none in the candidate counts
/// as a candidate failure (score 0, failed, on every metric the baseline scored). Per route and
/// overall, each metric gets both means, a seeded paired-bootstrap interval of the difference,
/// the exact McNemar test on discordant pass/fail pairs, and Holm's correction across all
/// route × metric tests. The cost side compares means (with intervals) and latency percentiles.
public struct Comparer: Sendable {
    /// Bootstrap resamples.
    public var resamples: Int
    /// Bootstrap seed, fixed so reruns agree.
    public var seed: UInt64

    /// Creates a comparer (10,000 resamples by default).
    public init(resamples: Int = 10_000, seed: UInt64 = 20_240_611) {
        self.resamples = resamples
        self.seed = seed
    }

    /// The comparison.
    public func compare(baseline: [CaseSummary], candidate: [CaseSummary], names: (baseline: String, candidate: String, golden: String))
        -> Comparison {
        let candidateById = Dictionary(candidate.map { ($0.caseId, $0) }, uniquingKeysWith: { first, _ in first })
        let baselineById = Dictionary(baseline.map { ($0.caseId, $0) }, uniquingKeysWith: { first, _ in first })
        var pairs: [(CaseSummary, CaseSummary)] = []
        var missing: [String] = []
        for base in baseline where base.trials > 0 {
            if let other = candidateById[base.caseId], other.trials > 0 {
                pairs.append((base, other))
            } else {
                missing.append(base.caseId)
                pairs.append((base, Self.failed(like: base)))
            }
        }
        let onlyInCandidate = candidate.filter { $0.trials > 0 && (baselineById[$0.caseId]?.trials ?? 0) == 0 }.map(\.caseId)
        // Overall and the routes are independent and hold as many cases each: compared at once.
        let routeNames = Set(pairs.map(\.0.route)).sorted()
        let paired = pairs
        let halves = ChunkedWork.map(count: 2, minimum: 1) { range in
            range.flatMap { half in
                half == 0 ? [compareGroup("overall", paired)]
                    : routeNames.map { route in compareGroup(route, paired.filter { $0.0.route == route }) }
            }
        }.flatMap { $0 }
        var overall = halves[0]
        var routes = Array(halves.dropFirst())
        Self.adjust(&routes, &overall)
        return Comparison(baseline: names.baseline, candidate: names.candidate, golden: names.golden,
                          overall: overall, routes: routes, missingFromCandidate: missing,
                          onlyInCandidate: onlyInCandidate, pairs: pairs.map { CasePair(baseline: $0.0, candidate: $0.1) })
    }

    /// Holm's correction per metric, across the routes (and overall, when there are several routes):
    /// one family of tests per metric, because the metrics of one case move together (a wrong tool
    /// fails selection, trajectory and completion at once) and are not independent tests, while
    /// routes hold disjoint cases.
    static func adjust(_ routes: inout [RouteComparison], _ overall: inout RouteComparison) {
        for metric in Metric.allCases {
            var members: [(route: Int?, index: Int)] = []
            for (routeIndex, route) in routes.enumerated() {
                if let index = route.metrics.firstIndex(where: { $0.metric == metric }) { members.append((routeIndex, index)) }
            }
            if routes.count > 1, let index = overall.metrics.firstIndex(where: { $0.metric == metric }) { members.append((nil, index)) }
            let raw = members.map { member in member.route.map { routes[$0].metrics[member.index].rawP } ?? overall.metrics[member.index].rawP }
            for (member, adjusted) in zip(members, PairedTests.holm(raw)) {
                if let route = member.route {
                    routes[route].metrics[member.index].adjustedP = adjusted
                    routes[route].metrics[member.index].familySize = members.count
                } else {
                    overall.metrics[member.index].adjustedP = adjusted
                    overall.metrics[member.index].familySize = members.count
                }
            }
        }
    }

    private static func failed(like base: CaseSummary) -> CaseSummary {
        var copy = base
        copy.trials = 0
        copy.scores = base.scores.mapValues { _ in 0 }
        copy.passed = base.passed.mapValues { _ in false }
        copy.missingSteps = base.expectedSteps
        return copy
    }

    func compareGroup(_ name: String, _ pairs: [(CaseSummary, CaseSummary)]) -> RouteComparison {
        let metrics = Metric.allCases.compactMap { metric in compareMetric(metric, pairs) }
        let task = Metric.taskCompletion
        let passToFail = pairs.filter { $0.0.passed[task] == true && $0.1.passed[task] == false }.map(\.0.caseId)
        let failToPass = pairs.filter { $0.0.passed[task] == false && $0.1.passed[task] == true }.map(\.0.caseId)
        let critical = pairs.filter { base, other in
            base.critical && base.passed.contains { key, passed in passed && other.passed[key] == false }
        }.map(\.0.caseId)
        return RouteComparison(route: name, pairedCases: pairs.count, metrics: metrics, costs: costs(pairs), passToFail: passToFail,
                               failToPass: failToPass, criticalRegressions: critical, steps: steps(pairs))
    }

    private func compareMetric(_ key: Metric, _ pairs: [(CaseSummary, CaseSummary)]) -> MetricComparison? {
        let both = pairs.compactMap { base, other -> (Double, Double, Bool, Bool)? in
            guard let b = base.scores[key], let c = other.scores[key], let bp = base.passed[key], let cp = other.passed[key] else { return nil }
            return (b, c, bp, cp)
        }
        guard !both.isEmpty else { return nil }
        let differences = both.map { $0.1 - $0.0 }
        let (interval, bootstrapP) = PairedTests.bootstrapDifference(differences, resamples: resamples, seed: seed)
        let worse = both.filter { $0.2 && !$0.3 }.count
        let better = both.filter { !$0.2 && $0.3 }.count
        let binary = both.allSatisfy { [0, 1].contains($0.0) && [0, 1].contains($0.1) }
        let mcNemar = PairedTests.mcNemarDrop(worse: worse, better: better)
        let count = Double(both.count)
        var comparison = MetricComparison(
            metric: key, n: both.count, baseline: Statistics.mean(both.map(\.0)), candidate: Statistics.mean(both.map(\.1)),
            ci95: interval, worse: worse, better: better, mcNemarP: mcNemar, bootstrapP: bootstrapP, binary: binary,
            adjustedP: binary ? mcNemar : bootstrapP,
            wins: differences.filter { $0 > 1e-12 }.count, losses: differences.filter { $0 < -1e-12 }.count,
            ties: differences.filter { abs($0) <= 1e-12 }.count,
            baselinePassRate: Double(both.filter(\.2).count) / count, candidatePassRate: Double(both.filter(\.3).count) / count
        )
        comparison.resamples = resamples
        return comparison
    }

    private func costs(_ pairs: [(CaseSummary, CaseSummary)]) -> [CostComparison] {
        let real = pairs.filter { $0.1.trials > 0 }
        func mean(_ name: String, _ value: (CaseSummary) -> Double?) -> CostComparison {
            let both = real.compactMap { base, other -> (Double, Double)? in
                guard let b = value(base), let c = value(other) else { return nil }
                return (b, c)
            }
            guard !both.isEmpty else { return CostComparison(name: name, baseline: nil, candidate: nil, ci95: nil) }
            let interval = PairedTests.bootstrapDifference(both.map { $0.1 - $0.0 }, resamples: resamples, seed: seed).interval
            return CostComparison(name: name, baseline: Statistics.mean(both.map(\.0)), candidate: Statistics.mean(both.map(\.1)), ci95: interval)
        }
        let task = Metric.taskCompletion
        func perSuccess(_ side: ((CaseSummary, CaseSummary)) -> CaseSummary) -> Double? {
            let cases = real.map(side)
            let costs = cases.compactMap(\.cost)
            let successes = cases.filter { $0.passed[task] == true }.count
            guard costs.count == cases.count, !costs.isEmpty, successes > 0 else { return nil }
            return costs.reduce(0, +) / Double(successes)
        }
        return [
            mean("llm_calls") { $0.llmCalls }, mean("tool_calls") { $0.toolCalls }, mean("tokens") { $0.tokens },
            mean("cost_usd") { $0.cost },
            CostComparison(name: "cost_per_success_usd", baseline: perSuccess { $0.0 }, candidate: perSuccess { $0.1 }, ci95: nil),
            CostComparison(name: "latency_ms_p50", baseline: percentile(real.map(\.0.latencyMs), 50),
                           candidate: percentile(real.map(\.1.latencyMs), 50), ci95: nil),
            CostComparison(name: "latency_ms_p95", baseline: percentile(real.map(\.0.latencyMs), 95),
                           candidate: percentile(real.map(\.1.latencyMs), 95), ci95: nil),
        ]
    }

    private func percentile(_ values: [Double], _ p: Double) -> Double? {
        values.isEmpty ? nil : Statistics.percentile(values, p)
    }

    private func steps(_ pairs: [(CaseSummary, CaseSummary)]) -> [StepChange] {
        // Each tool's expected and missing steps, summed in one pass; the pairs are read in place.
        var sums: [String: (baseExpected: Int, otherExpected: Int, baseMissing: Int, otherMissing: Int)] = [:]
        for index in pairs.indices {
            for (tool, count) in pairs[index].0.expectedSteps { sums[tool, default: (0, 0, 0, 0)].baseExpected += count }
            for (tool, count) in pairs[index].1.expectedSteps { sums[tool, default: (0, 0, 0, 0)].otherExpected += count }
        }
        // Only a tool some case expects has a rate.
        for index in pairs.indices {
            for (tool, count) in pairs[index].0.missingSteps where sums[tool] != nil { sums[tool]!.baseMissing += count }
            for (tool, count) in pairs[index].1.missingSteps where sums[tool] != nil { sums[tool]!.otherMissing += count }
        }
        let changes = sums.map { tool, sum -> StepChange in
            StepChange(tool: tool, baselineRate: sum.baseExpected == 0 ? 0 : Double(sum.baseMissing) / Double(sum.baseExpected),
                       candidateRate: sum.otherExpected == 0 ? 0 : Double(sum.otherMissing) / Double(sum.otherExpected),
                       baselineExpected: sum.baseExpected, candidateExpected: sum.otherExpected)
        }
        return changes.sorted { $0.change != $1.change ? $0.change > $1.change : $0.tool < $1.tool }
    }
}
