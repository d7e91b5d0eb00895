import Foundation

/// Judges a comparison against a gate configuration (pure). The rules, in order:
///
/// **Coverage (fail closed).** A golden case with no trace in the candidate fails ("missing from
/// candidate", `missing_cases`); candidate traces that link to no case fail (`unlinked_traces`); a
/// gate with no case paired on both sides fails ("nothing was compared"). A gate that compared
/// nothing can never pass.
///
/// **Per route × metric** (and overall, when there are several routes), when the mean fell by
/// more than the rule's `max_drop`:
/// 1. *floor*: a candidate mean below the rule's `min` fails on its own, whatever the drop;
/// 2. *significant*: fails when the one-sided test (exact McNemar on pass/fail pairs for 0/1
///    metrics, the seeded paired bootstrap otherwise) is below `alpha` after Holm's correction
///    across the routes of that metric, with at least `min_samples` paired cases. Metrics are not
///    corrected against each other: one wrong tool fails selection, trajectory and completion at
///    once, so treating them as independent tests would make a real regression unreachable;
/// 3. *wholesale*: fails when at least `wholesale_min_cases` cases got worse, none got better, and
///    they are at least `wholesale_fraction` of the paired cases — an obvious regression fails even
///    where the sample is too small for any test (2 of a 3-case route);
/// 4. otherwise it warns, saying whether the test was *underpowered* (could not reach alpha with
///    this many cases even had all of them got worse) or simply not significant.
///
/// A critical case going pass → fail fails on its own when `enforce_critical`; cost and p95 latency
/// fail beyond their relative limits.
public struct Gate: Sendable {
    /// The configuration.
    public let config: GateConfig

    /// Creates a gate.
    public init(config: GateConfig = GateConfig()) {
        self.config = config
    }

    /// The verdict on `comparison`, with the coverage lines for `coverage`.
    public func judge(_ comparison: Comparison, coverage: GateCoverage = GateCoverage()) -> GateResult {
        var lines = coverageLines(coverage)
        if comparison.pairs.isEmpty {
            lines.append(GateLine(route: "overall", check: .nothingCompared, status: .fail,
                                  reason: "nothing was compared: " + coverage.whyNothing(candidate: comparison.candidate)))
        }
        let groups = comparison.routes + (comparison.routes.count > 1 ? [comparison.overall] : [])
        for route in groups {
            for metric in route.metrics { lines.append(judge(metric, route: route.route)) }
            if config.enforceCritical {
                for caseId in route.criticalRegressions where route.route != "overall" {
                    lines.append(GateLine(route: route.route, check: .critical, status: .fail,
                                          reason: "critical case \(caseId) went from pass to fail.", caseId: caseId))
                }
            }
            if let limit = config.costMaxIncrease, let line = limitLine(route, "cost_usd", "mean cost", limit, check: .cost) {
                lines.append(line)
            }
            if let limit = config.latencyMaxIncrease, let line = limitLine(route, "latency_ms_p95", "p95 latency", limit, check: .latency) {
                lines.append(line)
            }
        }
        return GateResult(comparison: comparison, config: config, lines: lines, notes: coverage.notes)
    }

    /// The coverage lines alone: missing cases per route, unlinked traces.
    public func coverageLines(_ coverage: GateCoverage) -> [GateLine] {
        var lines: [GateLine] = []
        for (route, cases) in coverage.missingByRoute {
            let all = coverage.casesByRoute[route] ?? cases.count
            let sentence = all == cases.count && all > 1 ? "every case (\(all)) of route \(route) is" : "\(cases.count) of \(all) case(s) of route \(route) are"
            lines.append(GateLine(route: route, check: .missingCases, status: config.missingCases == .fail ? .fail : .warn,
                                  reason: "\(sentence) missing from candidate (no trace links to them): \(Self.list(cases)).",
                                  caseId: cases.first))
        }
        if !coverage.unlinkedTraces.isEmpty {
            let count = coverage.unlinkedTraces.count
            lines.append(GateLine(route: "overall", check: .unlinkedTraces, status: config.unlinkedTraces == .fail ? .fail : .warn,
                                  reason: "\(count) of \(coverage.candidateTraces) candidate trace(s) link to no golden case "
                                      + "(no known case id, no matching query): \(Self.list(coverage.unlinkedTraces)); "
                                      + (coverage.linkHints.first.map { "for example, \($0); " } ?? "")
                                      + "set unlinked_traces: warn to allow them."))
        }
        return lines
    }

    private func judge(_ metric: MetricComparison, route: String) -> GateLine {
        let rule = config.rule(metric.metric, route: route)
        let name = metric.metric.rawValue
        let drop = metric.baseline - metric.candidate
        let movement = "\(name) on route \(route) went from \(f(metric.baseline)) to \(f(metric.candidate)) "
            + "(\(signed(metric.difference)), \(metric.hasInterval ? "95% CI " : "")\(metric.intervalText)) over \(metric.n) paired case\(metric.n == 1 ? "" : "s")"
        let line = { (status: GateLine.Status, reason: String) in GateLine(route: route, check: .metric(metric.metric), status: status, reason: reason) }
        if let floor = rule.min, metric.candidate < floor - 1e-12 {
            return line(.fail, "\(name) on route \(route) is \(f(metric.candidate)), below the floor \(f(floor)).")
        }
        guard drop > rule.maxDrop + 1e-12 else { return line(.pass, movement + "; within tolerance \(f(rule.maxDrop)).") }
        let test = metric.binary
            ? "exact McNemar p = \(metric.pText) on \(metric.worse) pass → fail vs \(metric.better) fail → pass"
            : "paired bootstrap p \(metric.pText.hasPrefix("≤") ? "" : "= ")\(metric.pText)"
        let holm = metric.familySize > 1 ? ", Holm-adjusted over \(metric.familySize) tests \(metric.adjustedPText)" : ""
        let evidence = "\(test)\(holm) vs alpha \(f(config.alpha))"
        let beyond = movement + ", beyond tolerance \(f(rule.maxDrop))"
        if metric.n >= config.minSamples, metric.adjustedP < config.alpha {
            return line(.fail, beyond + " and significant: \(evidence).")
        }
        let worse = metric.losses
        let better = metric.wins
        if worse >= config.wholesaleMinCases, better == 0, Double(worse) >= config.wholesaleFraction * Double(metric.n) - 1e-12 {
            return line(.fail, beyond + ": \(worse) of \(metric.n) cases got worse and none better, a wholesale regression "
                + "(at least \(config.wholesaleMinCases) cases and \(percent(config.wholesaleFraction, signed: false)) of the route) "
                + "that fails whatever the p-value; \(evidence).")
        }
        let wholesale = "\(worse) worse and \(better) better, short of the wholesale rule (at least \(config.wholesaleMinCases) worse, none better, "
            + "\(percent(config.wholesaleFraction, signed: false)) of the cases)"
        if metric.n < config.minSamples || metric.smallestP * Double(metric.familySize) >= config.alpha {
            let why = metric.n < config.minSamples ? "fewer than min_samples \(config.minSamples) paired cases"
                : "with \(metric.n) paired cases no outcome could reach alpha"
            return line(.warn, beyond + ", but the test is underpowered (\(why)) and the drop is \(wholesale); \(evidence).")
        }
        return line(.warn, beyond + " but not significant (\(wholesale)): \(evidence).")
    }

    private func limitLine(_ route: RouteComparison, _ key: String, _ label: String, _ limit: Double, check: GateLine.Check) -> GateLine? {
        guard let cost = route.costs.first(where: { $0.name == key }), let change = cost.relativeChange,
              let base = cost.baseline, let candidate = cost.candidate else { return nil }
        let sentence = "\(label) on route \(route.route) went from \(f(base)) to \(f(candidate)) (\(percent(change, signed: true)), limit \(percent(limit, signed: true)))."
        return GateLine(route: route.route, check: check, status: change > limit + 1e-12 ? .fail : .pass, reason: sentence)
    }

    /// Up to eight items, then "and N more".
    static func list(_ items: [String]) -> String {
        items.prefix(8).joined(separator: ", ") + (items.count > 8 ? " and \(items.count - 8) more" : "")
    }

    private func f(_ value: Double) -> String { String(format: "%.3g", value) }
    private func signed(_ value: Double) -> String { (value >= 0 ? "+" : "") + String(format: "%.3f", value) }
    private func percent(_ value: Double, signed: Bool) -> String { String(format: signed ? "%+.0f%%" : "%.0f%%", value * 100) }
}
