import Foundation

/// A gate configuration written back as `tracegate.yaml` (for `--print-config` with `--config`).
public enum GateConfigText {
    /// The YAML text.
    public static func render(_ config: GateConfig) -> String {
        var out = "version: 1\nalpha: \(config.alpha)\nmin_samples: \(config.minSamples)\n"
        out += "wholesale_min_cases: \(config.wholesaleMinCases)\nwholesale_fraction: \(config.wholesaleFraction)\n"
        out += "enforce_critical: \(config.enforceCritical)\nunlinked_traces: \(config.unlinkedTraces.rawValue)\n"
        out += "missing_cases: \(config.missingCases.rawValue)\nmetrics:\n"
        for metric in config.metrics.keys.sorted() { out += "  \(metric.rawValue): \(rule(config.metrics[metric]!))\n" }
        if let cost = config.costMaxIncrease { out += "cost: {max_increase: \(cost)}\n" }
        if let latency = config.latencyMaxIncrease { out += "latency: {max_increase: \(latency)}\n" }
        if !config.routes.isEmpty {
            out += "routes:\n"
            for (route, rules) in config.routes.sorted(by: { $0.key < $1.key }) {
                out += "  \(quoted(route)):\n"
                for metric in rules.keys.sorted() { out += "    \(metric.rawValue): \(rule(rules[metric]!))\n" }
            }
        }
        return out
    }

    private static func rule(_ rule: GateConfig.Rule) -> String {
        "{max_drop: \(rule.maxDrop)" + (rule.min.map { ", min: \($0)" } ?? "") + "}"
    }

    /// A YAML double-quoted scalar.
    private static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F || (0x80..<0xA0).contains(scalar.value) {
                    out += String(format: "\\x%02X", scalar.value)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
