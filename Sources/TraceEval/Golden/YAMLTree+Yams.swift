import Yams

extension YAMLTree {
    /// The tree of a node that Yams composed (with its basic resolver, which leaves plain scalars
    /// untyped), keeping each node's line and the tag it was written with.
    init(_ node: Node) {
        let line = node.mark.map(\.line)
        switch node {
        case .scalar(let scalar):
            self.init(content: .scalar(scalar.string, Self.style(scalar.style)), line: line, tag: Self.writtenTag(scalar, node))
        case .sequence(let sequence):
            self.init(content: .sequence(sequence.map(YAMLTree.init)), line: line, tag: Self.shortName(node.tag))
        case .mapping(let mapping):
            self.init(content: .mapping(mapping.map { (key: YAMLTree($0.key), value: YAMLTree($0.value)) }), line: line,
                      tag: Self.shortName(node.tag))
        case .alias:
            self.init(content: .alias, line: line, tag: Self.shortName(node.tag))
        }
    }

    /// nil for an untagged plain scalar (typed later by ``PlainScalar``); `str` for a quoted or
    /// block scalar and for the non-specific tag `!`; else the explicit tag's short name.
    private static func writtenTag(_ scalar: Node.Scalar, _ node: Node) -> String? {
        let written = scalar.tag.description
        if written.isEmpty { return scalar.style == .plain ? nil : "str" }
        if written == "!" { return "str" }
        return shortName(node.tag)
    }

    /// `tag:yaml.org,2002:int` → `int`.
    private static func shortName(_ tag: Tag) -> String {
        let text = tag.description
        return text.split(separator: ":").last.map(String.init) ?? text
    }

    /// The scalar as Yams reads a bool (YAML 1.1: `yes`, `On`, …).
    var bool: Bool? { yamsScalar.flatMap(Bool.construct) }

    /// The scalar as Yams reads a float (`.inf`, `1_000.5`, `1:30.5`, …).
    var float: Double? { yamsScalar.flatMap(Double.construct) }

    /// The scalar as Yams reads a whole number (YAML 1.1: `0x1F`, `017` in octal, `1_000`, `1:20`);
    /// a plain decimal without a leading zero, the common case, is read directly.
    var int: Int? {
        if case .scalar(let text, .plain) = content, let value = Self.plainDecimal(text) { return value }
        return yamsScalar.flatMap(Int.construct)
    }

    /// `0`, or `-`? then a digit 1–9 and at most 17 more digits, as an Int; else nil.
    private static func plainDecimal(_ text: String) -> Int? {
        let utf8 = text.utf8
        let digits = utf8.first == UInt8(ascii: "-") ? utf8.dropFirst() : utf8[...]
        guard let first = digits.first, digits.count <= 18, digits.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }),
              first != UInt8(ascii: "0") || (digits.count == 1 && digits.count == utf8.count) else { return nil }
        return Int(text)
    }

    /// The scalar as Yams' constructors take it, for their YAML 1.1 readings of bool, int and
    /// float (which depend on the text and, for numbers, on the scalar being plain).
    var yamsScalar: Node.Scalar? {
        guard case .scalar(let text, let style) = content else { return nil }
        let written: Node.Scalar.Style
        switch style {
        case .plain: written = .plain
        case .singleQuoted: written = .singleQuoted
        case .doubleQuoted: written = .doubleQuoted
        case .literal: written = .literal
        case .folded: written = .folded
        }
        return Node.Scalar(text, .implicit, written)
    }

    private static func style(_ style: Node.Scalar.Style) -> Style {
        switch style {
        case .singleQuoted: return .singleQuoted
        case .doubleQuoted: return .doubleQuoted
        case .literal: return .literal
        case .folded: return .folded
        case .any, .plain: return .plain
        }
    }
}
