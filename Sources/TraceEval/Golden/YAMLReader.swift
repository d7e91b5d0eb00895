import TraceModel
import Yams

/// Typed access to a parsed YAML node with errors that carry the file, line, case and field path.
struct YAMLReader: Sendable {
    let file: String
    let node: YAMLTree
    let path: FieldPath
    let caseId: String?

    var line: Int? { node.line }

    func error(_ message: String) -> GoldenError {
        GoldenError(file: file, line: line, caseId: caseId, field: path.text, message: message)
    }

    func child(_ node: YAMLTree, _ component: String) -> YAMLReader {
        YAMLReader(file: file, node: node, path: .key(path, component), caseId: caseId)
    }

    func inCase(_ id: String) -> YAMLReader {
        YAMLReader(file: file, node: node, path: path, caseId: id)
    }

    /// The mapping's members, after checking every key is one of `allowed`.
    func mapping(allowed: Set<String>) throws(GoldenError) -> YAMLMembers {
        guard case .mapping(let mapping) = node.content else { throw error("must be a mapping (key: value), found \(kind)") }
        for (key, _) in mapping {
            guard let name = key.string else { throw error("has a key that is not a string") }
            guard allowed.contains(name) else {
                let at = YAMLReader(file: file, node: key, path: path, caseId: caseId)
                throw at.error("unknown key '\(name)'; allowed: \(allowed.sorted().joined(separator: ", "))")
            }
        }
        return YAMLMembers(reader: self, pairs: mapping)
    }

    /// The mapping's members, any keys.
    func anyMapping() throws(GoldenError) -> [(key: String, value: YAMLReader)] {
        guard case .mapping(let mapping) = node.content else { throw error("must be a mapping (key: value), found \(kind)") }
        var members: [(String, YAMLReader)] = []
        for (key, value) in mapping {
            guard let name = key.string else { throw error("has a key that is not a string") }
            members.append((name, child(value, name)))
        }
        return members
    }

    /// The 1-based line of the mapping key `name`, if this node is a mapping that has it.
    func keyLine(_ name: String) -> Int? {
        guard case .mapping(let mapping) = node.content else { return nil }
        return mapping.first { $0.key.string == name }?.key.line
    }

    /// The metric named `key` (a key of this node's mapping), or an error at this node.
    func metric(_ key: String) throws(GoldenError) -> Metric {
        switch Metric.named(key) {
        case .success(let metric): return metric
        case .failure(let problem): throw error(problem.description)
        }
    }

    func sequence() throws(GoldenError) -> [YAMLReader] {
        guard case .sequence(let sequence) = node.content else { throw error("must be a list, found \(kind)") }
        return sequence.enumerated().map { index, item in
            YAMLReader(file: file, node: item, path: .index(path, index), caseId: caseId)
        }
    }

    func string() throws(GoldenError) -> String {
        guard case .scalar(let text, _) = node.content, tagName != "null" else { throw error("must be text, found \(kind)") }
        return text
    }

    func strings() throws(GoldenError) -> [String] {
        var result: [String] = []
        for item in try sequence() { result.append(try item.string()) }
        return result
    }

    func bool() throws(GoldenError) -> Bool {
        guard tagName == "bool", let value = node.bool else { throw error("must be true or false, found \(kind)") }
        return value
    }

    func int() throws(GoldenError) -> Int {
        guard tagName == "int", let value = node.int else { throw error("must be a whole number, found \(kind)") }
        return value
    }

    func number() throws(GoldenError) -> Double {
        if tagName == "int", let value = node.int { return Double(value) }
        guard tagName == "float", let value = node.float else { throw error("must be a number, found \(kind)") }
        return value
    }

    var isNull: Bool { tagName == "null" }

    /// The resolved YAML tag's short name: null, bool, int, float, str, timestamp, seq, map.
    ///
    /// An untagged plain scalar is typed by ``PlainScalar``; a quoted one is text, and an explicit
    /// tag (`!!str 5`) is kept.
    var tagName: String { node.tagName }

    /// The node as a JSON value (``YAMLTree/json``).
    var json: JSONValue { node.json }

    var kind: String {
        switch node.content {
        case .scalar(let text, _): return tagName == "null" ? "null" : "'\(text)'"
        case .sequence: return "a list"
        case .mapping: return "a mapping"
        case .alias: return "an alias"
        }
    }
}
