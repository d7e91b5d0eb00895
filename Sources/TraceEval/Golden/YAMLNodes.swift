import TraceModel
import Yams

/// Builds Yams nodes from JSON values, quoting every string that YAML would otherwise read as
/// something else (`"3"`, `"true"`, `"null"`, `""`), so a written file reads back to the same values.
enum YAMLNodes {
    static func node(_ value: JSONValue) -> Node {
        switch value {
        case .null: return Node("null", .implicit)
        case .bool(let flag): return Node(flag ? "true" : "false", .implicit)
        case .int(let number): return Node(String(number), .implicit)
        case .double(let number): return Node(number.isFinite ? "\(number)" : ".nan", .implicit)
        case .string(let text): return string(text)
        case .array(let items): return Node(items.map(node), .implicit, .flow)
        case .object(let members):
            return Node(members.keys.sorted().map { (string($0), node(members[$0]!)) }, .implicit, .flow)
        }
    }

    /// A string scalar, double-quoted when its plain form would not read back as this string.
    static func string(_ text: String) -> Node {
        Node(text, .implicit, needsQuotes(text) ? .doubleQuoted : .plain)
    }

    static func needsQuotes(_ text: String) -> Bool {
        if text.isEmpty || Double(text) != nil || Int(text) != nil { return true }
        // YAML 1.1 reads 2024-05-20 as a timestamp.
        if text.count >= 10, text.prefix(10).allSatisfy({ $0.isNumber || $0 == "-" }), text.prefix(4).allSatisfy(\.isNumber) { return true }
        let lowered = text.lowercased()
        if ["true", "false", "yes", "no", "on", "off", "null", "~", "y", "n", ".nan", ".inf", "-.inf"].contains(lowered) { return true }
        if let first = text.first, "-?:,[]{}#&*!|>'\"%@` ".contains(first) { return true }
        if let last = text.last, last == " " || last == ":" { return true }
        return text.contains(": ") || text.contains(" #") || text.contains("\n") || text.contains("\t")
    }

    /// A mapping with keys in the given order.
    static func mapping(_ pairs: [(String, Node)], style: Node.Mapping.Style = .block) -> Node {
        Node(pairs.map { (string($0.0), $0.1) }, .implicit, style)
    }

    /// A block sequence.
    static func sequence(_ items: [Node]) -> Node {
        Node(items, .implicit, .block)
    }
}
