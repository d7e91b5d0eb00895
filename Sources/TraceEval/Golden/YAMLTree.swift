/// A composed YAML node as the golden and configuration readers see it: what was written, where.
///
/// Made by ``FastYAML`` for the block-and-flow subset that golden files use, or converted from a
/// Yams node (`YAMLTree+Yams.swift`) for everything else, so both paths give the readers one type.
struct YAMLTree: Sendable {
    /// How a scalar was written; only plain scalars are typed by ``PlainScalar``.
    enum Style: Sendable, Equatable {
        case plain, singleQuoted, doubleQuoted, literal, folded
    }

    /// The node's content.
    enum Content: Sendable {
        case scalar(String, Style)
        case sequence([YAMLTree])
        case mapping([(key: YAMLTree, value: YAMLTree)])
        /// An alias left unresolved (Yams resolves them while composing, so this is rare).
        case alias
    }

    var content: Content
    /// The 1-based line the node starts on.
    var line: Int?
    /// The short name of the node's tag when it is fixed by how the node was written (a quoted
    /// scalar is `str`, a mapping `map`, `!!int 5` is `int`); nil for an untagged plain scalar.
    var tag: String?

    /// The resolved tag's short name: null, bool, int, float, str, timestamp, seq, map.
    var tagName: String {
        if let tag { return tag }
        if case .scalar(let text, _) = content { return PlainScalar.type(of: text) }
        return "str"
    }

    /// The scalar's text, or nil for a collection.
    var string: String? {
        if case .scalar(let text, _) = content { return text }
        return nil
    }

    static func scalar(_ text: String, _ style: Style, line: Int?) -> YAMLTree {
        YAMLTree(content: .scalar(text, style), line: line, tag: style == .plain ? nil : "str")
    }

    static func sequence(_ items: [YAMLTree], line: Int?) -> YAMLTree {
        YAMLTree(content: .sequence(items), line: line, tag: "seq")
    }

    static func mapping(_ pairs: [(key: YAMLTree, value: YAMLTree)], line: Int?) -> YAMLTree {
        YAMLTree(content: .mapping(pairs), line: line, tag: "map")
    }
}
