import Yams

/// Reads and validates `tracegate.yaml`; errors name the file, line and field.
public struct GateConfigLoader: Sendable {
    /// Creates a loader.
    public init() {}

    /// The configuration in `text`, read from `file`.
    public func load(_ text: String, file: String) throws(GoldenError) -> GateConfig {
        let node: Node
        do {
            guard let parsed = try Yams.compose(yaml: text) else { return GateConfig() }
            node = parsed
        } catch {
            throw GoldenError(file: file, line: nil, field: "(document)", message: "not valid YAML: \(error)")
        }
        let reader = YAMLReader(file: file, node: node, path: "", caseId: nil)
        let members = try reader.mapping(allowed: ["version", "alpha", "min_samples", "enforce_critical", "metrics", "routes", "cost", "latency"])
        var config = GateConfig()
        if let version = members["version"], try version.int() != 1 {
            throw version.error("unsupported version; this tracegate reads version 1")
        }
        if let alpha = members["alpha"] {
            config.alpha = try alpha.number()
            guard config.alpha > 0, config.alpha < 1 else { throw alpha.error("alpha must be between 0 and 1, found \(config.alpha)") }
        }
        if let samples = members["min_samples"] {
            config.minSamples = try samples.int()
            guard config.minSamples >= 1 else { throw samples.error("must be at least 1") }
        }
        config.enforceCritical = try members["enforce_critical"]?.bool() ?? true
        if let metrics = members["metrics"] {
            for (key, rule) in try rules(metrics, defaults: config.metrics) { config.metrics[key] = rule }
        }
        if let routes = members["routes"] {
            for (route, value) in try routes.anyMapping() {
                config.routes[route] = try rules(value, defaults: config.metrics)
            }
        }
        config.costMaxIncrease = try limit(members["cost"])
        config.latencyMaxIncrease = try limit(members["latency"])
        return config
    }

    private func rules(_ reader: YAMLReader, defaults: [String: GateConfig.Rule]) throws(GoldenError) -> [String: GateConfig.Rule] {
        var result: [String: GateConfig.Rule] = [:]
        for (key, value) in try reader.anyMapping() {
            guard Metric(rawValue: key) != nil else {
                throw value.error("unknown metric '\(key)'; allowed: \(Metric.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            let fields = try value.mapping(allowed: ["max_drop", "min"])
            var rule = defaults[key] ?? GateConfig.Rule(maxDrop: 0.05)
            if let drop = fields["max_drop"] {
                rule.maxDrop = try drop.number()
                guard (0...1).contains(rule.maxDrop) else { throw drop.error("max_drop must be between 0 and 1") }
            }
            if let floor = fields["min"] {
                rule.min = try floor.number()
                guard (0...1).contains(rule.min!) else { throw floor.error("min must be between 0 and 1") }
            }
            result[key] = rule
        }
        return result
    }

    private func limit(_ reader: YAMLReader?) throws(GoldenError) -> Double? {
        guard let reader else { return nil }
        let fields = try reader.mapping(allowed: ["max_increase"])
        guard let value = fields["max_increase"] else { throw reader.error("needs max_increase (a fraction: 0.25 = +25 %)") }
        let number = try value.number()
        guard number >= 0 else { throw value.error("max_increase must not be negative") }
        return number
    }
}
