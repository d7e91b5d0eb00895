import Foundation

/// Judges a comparison against a gate configuration (pure).
///
/// Per route × metric: **fail** when the candidate mean is below the rule's floor, or when the
/// mean fell by more than `max_drop` and the drop is significant (one-sided exact McNemar for
/// metrics whose scores are all 0/1, else the seeded paired bootstrap; Holm-adjusted p < alpha)
/// with at least `min_samples` paired cases; **warn** when it fell by more than `max_drop` but is
/// not significant or has too few samples; else **pass**. A critical case going pass → fail fails
/// on its own when `enforce_critical`; cost and p95 latency fail beyond their relative limits.
public struct Gate: Sendable {
    /// The configuration.
    public let config: GateConfig

    /// Creates a gate.
    public init(config: GateConfig = GateConfig()) {
        self.config = config
    }

    /// The verdict.
    public func judge(_ comparison: Comparison) -> GateResult {
        var lines: [GateLine] = []
        for route in comparison.routes {
            for metric in route.metrics { lines.append(judge(metric, route: route.route)) }
            if config.enforceCritical {
                for caseId in route.criticalRegressions {
                    lines.append(GateLine(route: route.route, check: "critical", status: .fail,
                                          reason: "critical case \(caseId) went from pass to fail."))
                }
            }
            if let limit = config.costMaxIncrease, let line = limitLine(route, "cost_usd", "mean cost", limit, check: "cost") {
                lines.append(line)
            }
            if let limit = config.latencyMaxIncrease, let line = limitLine(route, "latency_ms_p95", "p95 latency", limit, check: "latency") {
                lines.append(line)
            }
        }
        return GateResult(comparison: comparison, config: config, lines: lines)
    }

    private func judge(_ metric: MetricComparison, route: String) -> GateLine {
        let rule = config.rule(metric.metric, route: route)
        let drop = metric.baseline - metric.candidate
        let movement = "\(metric.metric) on route \(route) went from \(f(metric.baseline)) to \(f(metric.candidate)) "
            + "(\(signed(metric.difference)), 95% CI [\(signed(metric.ci95.lowerBound)), \(signed(metric.ci95.upperBound))]) over \(metric.n) paired cases"
        if let floor = rule.min, metric.candidate < floor - 1e-12 {
            return GateLine(route: route, check: metric.metric, status: .fail,
                            reason: "\(metric.metric) on route \(route) is \(f(metric.candidate)), below the floor \(f(floor)).")
        }
        guard drop > rule.maxDrop + 1e-12 else {
            return GateLine(route: route, check: metric.metric, status: .pass, reason: movement + "; within tolerance \(f(rule.maxDrop)).")
        }
        let test = metric.binary
            ? "exact McNemar p = \(p(metric.mcNemarP)) on \(metric.worse) pass → fail vs \(metric.better) fail → pass"
            : "paired bootstrap p = \(p(metric.bootstrapP))"
        let evidence = "\(test), Holm-adjusted \(p(metric.adjustedP)) vs alpha \(f(config.alpha))"
        if metric.n < config.minSamples {
            return GateLine(route: route, check: metric.metric, status: .warn,
                            reason: movement + ", a drop beyond tolerance \(f(rule.maxDrop)) but only \(metric.n) paired cases (min_samples \(config.minSamples)); \(evidence).")
        }
        if metric.adjustedP < config.alpha {
            return GateLine(route: route, check: metric.metric, status: .fail,
                            reason: movement + ", beyond tolerance \(f(rule.maxDrop)) and significant: \(evidence).")
        }
        return GateLine(route: route, check: metric.metric, status: .warn,
                        reason: movement + ", beyond tolerance \(f(rule.maxDrop)) but not significant: \(evidence).")
    }

    private func limitLine(_ route: RouteComparison, _ key: String, _ label: String, _ limit: Double, check: String) -> GateLine? {
        guard let cost = route.costs.first(where: { $0.name == key }), let change = cost.relativeChange,
              let base = cost.baseline, let candidate = cost.candidate else { return nil }
        let sentence = "\(label) on route \(route.route) went from \(f(base)) to \(f(candidate)) (\(percent(change)), limit \(percent(limit)))."
        return GateLine(route: route.route, check: check, status: change > limit + 1e-12 ? .fail : .pass, reason: sentence)
    }

    private func f(_ value: Double) -> String { String(format: "%.3g", value) }
    private func p(_ value: Double) -> String { value < 0.0001 ? String(format: "%.1e", value) : String(format: "%.4f", value) }
    private func signed(_ value: Double) -> String { (value >= 0 ? "+" : "") + String(format: "%.3f", value) }
    private func percent(_ value: Double) -> String { String(format: "%+.0f%%", value * 100) }
}
