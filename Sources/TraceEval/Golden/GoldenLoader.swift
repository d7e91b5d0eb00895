import TraceModel

/// Reads and validates a golden dataset from YAML (or JSON, which YAML reads too).
///
/// Unknown keys, duplicate case ids, unknown modes, malformed matchers and wrong types are
/// errors that name the file, line, case and field, so a typo never silently disables a check.
public struct GoldenLoader: Sendable {
    /// Creates a loader.
    public init() {}

    /// The dataset in `text`, read from `file` (the name is used in errors).
    public func load(_ text: String, file: String) throws(GoldenError) -> GoldenDataset {
        guard let root = try YAMLDocument.root(text, file: file) else {
            throw GoldenError(file: file, line: 1, field: "(document)", message: "the file is empty")
        }
        return try read(root, file: file)
    }

    /// The dataset in a composed document.
    func read(_ root: YAMLTree, file: String) throws(GoldenError) -> GoldenDataset {
        let reader = YAMLReader(file: file, node: root, path: .root, caseId: nil)
        let top = try reader.mapping(allowed: LoaderKeys.golden)
        guard let versionReader = top["version"] else { throw reader.error("missing key 'version' (use version: 1)") }
        let version = try versionReader.int()
        guard version == 1 else { throw versionReader.error("unsupported version \(version); this tracegate reads version 1") }
        guard let name = try top["name"]?.string(), !name.isEmpty else { throw reader.error("missing key 'name'") }
        var dataset = GoldenDataset(name: name, description: try top["description"]?.string(), cases: [])
        if let defaults = top["defaults"] { try readDefaults(defaults, into: &dataset) }
        if let tools = top["tools"] { dataset.tools = try readCatalog(tools) }
        guard let casesReader = top["cases"] else { throw reader.error("missing key 'cases'") }
        // What every case inherits, hashed once: the defaults and the tool catalog in canonical form.
        let shared = ["defaults", "tools"].reduce(StableHash.start) { hash, key in
            var part = Array((key + "=").utf8)
            top[key]?.node.writeCanonicalJSON(into: &part)
            return Fingerprint.adding(part, to: hash)
        }
        // Cases are read on every core; errors and duplicates are then taken in the file's order.
        let items = try casesReader.sequence()
        let chunks = ChunkedWork.map(count: items.count, minimum: 512) { [dataset] range in
            Self.readCases(items[range], dataset: dataset, shared: shared)
        }
        var seen: [String: Int?] = [:]
        for chunk in chunks {
            for (offset, golden) in chunk.cases.enumerated() {
                if let first = seen[golden.id] {
                    throw items[chunk.start + offset].inCase(golden.id).error(
                        "duplicate case id '\(golden.id)' (first defined at line \(first.map(String.init) ?? "?"))")
                }
                seen[golden.id] = golden.line
                dataset.cases.append(golden)
            }
            if let error = chunk.error { throw error }
        }
        return dataset
    }

    /// The cases of `items` in order up to the first that fails to read, and that failure.
    private static func readCases(_ items: ArraySlice<YAMLReader>, dataset: GoldenDataset,
                                  shared: UInt64) -> (start: Int, cases: [GoldenCase], error: GoldenError?) {
        var cases: [GoldenCase] = []
        cases.reserveCapacity(items.count)
        var text: [UInt8] = []
        for item in items {
            do {
                var golden = try CaseReader(dataset: dataset).read(item)
                golden.line = item.line
                // The case's canonical JSON, after what every case inherits.
                text.removeAll(keepingCapacity: true)
                item.node.writeCanonicalJSON(into: &text)
                golden.fingerprint = Fingerprint.of(text, after: shared)
                cases.append(golden)
            } catch {
                return (items.startIndex, cases, error)
            }
        }
        return (items.startIndex, cases, nil)
    }

    private func readDefaults(_ reader: YAMLReader, into dataset: inout GoldenDataset) throws(GoldenError) {
        let members = try reader.mapping(allowed: LoaderKeys.defaults)
        if let mode = members["trajectory_mode"] { dataset.trajectoryMode = try Self.trajectoryMode(mode) }
        if let mode = members["args_match"] { dataset.argsMatch = try Self.argsMatch(mode) }
        if let thresholds = members["thresholds"] {
            for (key, value) in try thresholds.anyMapping() {
                let metric = try value.metric(key)
                let number = try value.number()
                guard (0...1).contains(number) else { throw value.error("a threshold must be between 0 and 1, found \(number)") }
                dataset.thresholds[metric] = number
            }
        }
    }

    private func readCatalog(_ reader: YAMLReader) throws(GoldenError) -> [String: ToolPolicy] {
        var catalog: [String: ToolPolicy] = [:]
        for (tool, entry) in try reader.anyMapping() {
            var policy = ToolPolicy()
            if !entry.isNull {
                let members = try entry.mapping(allowed: LoaderKeys.tool)
                policy.sideEffect = try members["side_effect"]?.bool() ?? false
                policy.requiresApproval = try members["requires_approval"]?.bool() ?? false
                if let mode = members["args_match"] { policy.argsMatch = try Self.argsMatch(mode) }
                _ = try members["description"]?.string()
            }
            catalog[tool] = policy
        }
        return catalog
    }

    static func trajectoryMode(_ reader: YAMLReader) throws(GoldenError) -> TrajectoryMode {
        let name = try reader.string()
        guard let mode = TrajectoryMode(name: name) else {
            throw reader.error("unknown trajectory mode '\(name)'; allowed: \(TrajectoryMode.acceptedNames.joined(separator: ", "))")
        }
        return mode
    }

    static func argsMatch(_ reader: YAMLReader) throws(GoldenError) -> ArgsMatchMode {
        let name = try reader.string()
        guard let mode = ArgsMatchMode(rawValue: name) else {
            throw reader.error("unknown args_match '\(name)'; allowed: \(ArgsMatchMode.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        return mode
    }
}
