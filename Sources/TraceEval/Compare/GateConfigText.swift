import Foundation

/// A gate configuration written back as `tracegate.yaml` (for `--print-config` with `--config`).
public enum GateConfigText {
    /// The YAML text.
    public static func render(_ config: GateConfig) -> String {
        var out = "version: 1\nalpha: \(config.alpha)\nmin_samples: \(config.minSamples)\nenforce_critical: \(config.enforceCritical)\nmetrics:\n"
        for key in config.metrics.keys.sorted() { out += "  \(key): \(rule(config.metrics[key]!))\n" }
        if let cost = config.costMaxIncrease { out += "cost: {max_increase: \(cost)}\n" }
        if let latency = config.latencyMaxIncrease { out += "latency: {max_increase: \(latency)}\n" }
        if !config.routes.isEmpty {
            out += "routes:\n"
            for route in config.routes.keys.sorted() {
                out += "  \"\(route)\":\n"
                for key in config.routes[route]!.keys.sorted() { out += "    \(key): \(rule(config.routes[route]![key]!))\n" }
            }
        }
        return out
    }

    private static func rule(_ rule: GateConfig.Rule) -> String {
        "{max_drop: \(rule.maxDrop)" + (rule.min.map { ", min: \($0)" } ?? "") + "}"
    }
}
