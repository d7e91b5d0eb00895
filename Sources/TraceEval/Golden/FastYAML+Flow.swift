extension FastYAML {
    /// The flow node at `position` (a collection, a quoted or a plain scalar), all on this line.
    func flowNode(at position: inout Int, end: Int, line: Int, depth: Int) throws(Unsupported) -> YAMLTree {
        guard depth <= Self.maximumDepth else { throw Unsupported() }
        position = skipSpaces(position, end)
        guard position < end else { throw Unsupported() }
        switch bytes[position] {
        case UInt8(ascii: "["): return try flowSequence(at: &position, end: end, line: line, depth: depth)
        case UInt8(ascii: "{"): return try flowMapping(at: &position, end: end, line: line, depth: depth)
        case UInt8(ascii: "\""), UInt8(ascii: "'"): return try quoted(at: &position, end: end, line: line)
        default: return try flowPlain(at: &position, end: end, line: line)
        }
    }

    /// `[a, b, key: value]`: a one-pair mapping may stand for an item, as in YAML.
    private func flowSequence(at position: inout Int, end: Int, line: Int, depth: Int) throws(Unsupported) -> YAMLTree {
        position += 1
        var items: [YAMLTree] = []
        if try closes(UInt8(ascii: "]"), at: &position, end: end) { return .sequence(items, line: line) }
        while true {
            let node = try flowNode(at: &position, end: end, line: line, depth: depth + 1)
            position = skipSpaces(position, end)
            guard position < end else { throw Unsupported() }
            if bytes[position] == UInt8(ascii: ":") {
                let value = try flowValue(at: &position, end: end, line: line, depth: depth + 2)
                items.append(.mapping([(key: try Self.scalarKey(node), value: value)], line: line))
            } else {
                items.append(node)
            }
            if try separates(UInt8(ascii: "]"), at: &position, end: end) { continue }
            return .sequence(items, line: line)
        }
    }

    /// `{key: value, …}`.
    private func flowMapping(at position: inout Int, end: Int, line: Int, depth: Int) throws(Unsupported) -> YAMLTree {
        position += 1
        var pairs: [(key: YAMLTree, value: YAMLTree)] = []
        if try closes(UInt8(ascii: "}"), at: &position, end: end) { return .mapping(pairs, line: line) }
        while true {
            let key = try Self.scalarKey(flowNode(at: &position, end: end, line: line, depth: depth + 1))
            position = skipSpaces(position, end)
            guard position < end, bytes[position] == UInt8(ascii: ":") else { throw Unsupported() }
            pairs.append((key: key, value: try flowValue(at: &position, end: end, line: line, depth: depth + 1)))
            if try separates(UInt8(ascii: "}"), at: &position, end: end) { continue }
            try Self.checkDistinct(pairs)
            return .mapping(pairs, line: line)
        }
    }

    /// The value after the `:` at `position`, which must be followed by a space and a node.
    private func flowValue(at position: inout Int, end: Int, line: Int, depth: Int) throws(Unsupported) -> YAMLTree {
        guard position + 1 < end, bytes[position + 1] == UInt8(ascii: " ") else { throw Unsupported() }
        position = skipSpaces(position + 1, end)
        guard position < end, !Self.isFlowIndicator(bytes[position]) || bytes[position] == UInt8(ascii: "[")
            || bytes[position] == UInt8(ascii: "{") else { throw Unsupported() }
        return try flowNode(at: &position, end: end, line: line, depth: depth)
    }

    /// Whether the collection closes right away (`[]`, `{}`), moving past the closing bracket.
    private func closes(_ closing: UInt8, at position: inout Int, end: Int) throws(Unsupported) -> Bool {
        position = skipSpaces(position, end)
        guard position < end else { throw Unsupported() }
        guard bytes[position] == closing else { return false }
        position += 1
        return true
    }

    /// After an entry: true at `,` followed by another entry, false at the closing bracket (moved
    /// past); anything else, a trailing comma included, is left to Yams.
    private func separates(_ closing: UInt8, at position: inout Int, end: Int) throws(Unsupported) -> Bool {
        position = skipSpaces(position, end)
        guard position < end else { throw Unsupported() }
        if bytes[position] == closing {
            position += 1
            return false
        }
        guard bytes[position] == UInt8(ascii: ",") else { throw Unsupported() }
        position = skipSpaces(position + 1, end)
        guard position < end, bytes[position] != closing, bytes[position] != UInt8(ascii: ",") else { throw Unsupported() }
        return true
    }

    /// A plain scalar inside a flow collection: it ends at `,`, a bracket or `: `; a `#` or a
    /// colon followed by anything else is left to Yams.
    private func flowPlain(at position: inout Int, end: Int, line: Int) throws(Unsupported) -> YAMLTree {
        guard startsPlain(at: position, end: end, inFlow: true) else { throw Unsupported() }
        let start = position
        while position < end {
            let byte = bytes[position]
            if Self.isFlowIndicator(byte) { break }
            if byte == UInt8(ascii: ":") {
                guard position + 1 < end, bytes[position + 1] == UInt8(ascii: " ") else { throw Unsupported() }
                break
            }
            if byte == UInt8(ascii: "#") { throw Unsupported() }
            position += 1
        }
        return .scalar(text(start, trimmedEnd(start, position)), .plain, line: line)
    }

    private static func scalarKey(_ node: YAMLTree) throws(Unsupported) -> YAMLTree {
        guard case .scalar = node.content else { throw Unsupported() }
        return node
    }
}
