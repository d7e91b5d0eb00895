/// Reads and validates `tracegate.yaml`; errors name the file, line and field.
public struct GateConfigLoader: Sendable {
    /// Creates a loader.
    public init() {}

    /// The configuration in `text`, read from `file`.
    public func load(_ text: String, file: String) throws(GoldenError) -> GateConfig {
        guard let node = try YAMLDocument.root(text, file: file) else { return GateConfig() }
        let reader = YAMLReader(file: file, node: node, path: .root, caseId: nil)
        let members = try reader.mapping(allowed: LoaderKeys.config)
        var config = GateConfig()
        config.file = file
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
        if let cases = members["wholesale_min_cases"] {
            config.wholesaleMinCases = try cases.int()
            guard config.wholesaleMinCases >= 1 else { throw cases.error("must be at least 1") }
        }
        if let fraction = members["wholesale_fraction"] {
            config.wholesaleFraction = try fraction.number()
            guard config.wholesaleFraction > 0, config.wholesaleFraction <= 1 else { throw fraction.error("must be above 0 and at most 1") }
        }
        config.unlinkedTraces = try policy(members["unlinked_traces"]) ?? .fail
        config.missingCases = try policy(members["missing_cases"]) ?? .fail
        config.enforceCritical = try members["enforce_critical"]?.bool() ?? true
        if let metrics = members["metrics"] {
            for (key, rule) in try rules(metrics, defaults: config.metrics) { config.metrics[key] = rule }
        }
        if let routes = members["routes"] {
            for (route, value) in try routes.anyMapping() {
                config.routes[route] = try rules(value, defaults: config.metrics)
                config.routeLines[route] = routes.keyLine(route) ?? value.line
            }
        }
        config.costMaxIncrease = try limit(members["cost"])
        config.latencyMaxIncrease = try limit(members["latency"])
        return config
    }

    private func policy(_ reader: YAMLReader?) throws(GoldenError) -> GateConfig.Policy? {
        guard let reader else { return nil }
        let name = try reader.string()
        guard let policy = GateConfig.Policy(rawValue: name) else { throw reader.error("must be fail or warn, found '\(name)'") }
        return policy
    }

    private func rules(_ reader: YAMLReader, defaults: [Metric: GateConfig.Rule]) throws(GoldenError) -> [Metric: GateConfig.Rule] {
        var result: [Metric: GateConfig.Rule] = [:]
        for (key, value) in try reader.anyMapping() {
            let metric = try value.metric(key)
            let fields = try value.mapping(allowed: LoaderKeys.configRule)
            var rule = defaults[metric] ?? GateConfig.Rule(maxDrop: 0.05)
            if let drop = fields["max_drop"] {
                rule.maxDrop = try drop.number()
                guard (0...1).contains(rule.maxDrop) else { throw drop.error("max_drop must be between 0 and 1") }
            }
            if let floor = fields["min"] {
                rule.min = try floor.number()
                guard (0...1).contains(rule.min!) else { throw floor.error("min must be between 0 and 1") }
            }
            result[metric] = rule
        }
        return result
    }

    private func limit(_ reader: YAMLReader?) throws(GoldenError) -> Double? {
        guard let reader else { return nil }
        let fields = try reader.mapping(allowed: LoaderKeys.configLimit)
        guard let value = fields["max_increase"] else { throw reader.error("needs max_increase (a fraction: 0.25 = +25 %)") }
        let number = try value.number()
        guard number >= 0 else { throw value.error("max_increase must not be negative") }
        return number
    }
}
