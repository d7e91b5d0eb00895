extension FastYAML {
    /// The block mapping key at `position` (a plain or quoted scalar followed by `:` and a space or
    /// the end of the line), moving `position` past the colon; nil when the text there is no key.
    func key(at position: inout Int, end: Int, line: Int) throws(Unsupported) -> YAMLTree? {
        let start = position
        let first = bytes[start]
        if first == UInt8(ascii: "\"") || first == UInt8(ascii: "'") {
            var cursor = start
            let key = try quoted(at: &cursor, end: end, line: line)
            cursor = skipSpaces(cursor, end)
            guard cursor < end, bytes[cursor] == UInt8(ascii: ":"), cursor + 1 == end || bytes[cursor + 1] == UInt8(ascii: " ") else { return nil }
            position = cursor + 1
            return key
        }
        guard startsPlain(at: start, end: end, inFlow: false) else { return nil }
        var cursor = start
        while cursor < end {
            let byte = bytes[cursor]
            if byte == UInt8(ascii: ":"), cursor + 1 == end || bytes[cursor + 1] == UInt8(ascii: " ") { break }
            if byte == UInt8(ascii: " "), cursor + 1 < end, bytes[cursor + 1] == UInt8(ascii: "#") { return nil }
            cursor += 1
        }
        // libyaml takes a key of at most 1,024 characters.
        guard cursor < end, cursor - start <= 1_000 else { return nil }
        position = cursor + 1
        return .scalar(text(start, trimmedEnd(start, cursor)), .plain, line: line)
    }

    /// The value that fills the rest of the line from `position`: a flow collection, a quoted
    /// scalar or a plain scalar, then at most spaces and a comment.
    func inlineValue(at position: inout Int, end: Int, line: Int, depth: Int) throws(Unsupported) -> YAMLTree {
        let first = bytes[position]
        let value: YAMLTree
        if first == UInt8(ascii: "[") || first == UInt8(ascii: "{") || first == UInt8(ascii: "\"") || first == UInt8(ascii: "'") {
            value = try flowNode(at: &position, end: end, line: line, depth: depth)
        } else {
            guard startsPlain(at: position, end: end, inFlow: false) else { throw Unsupported() }
            let start = position
            while position < end {
                let byte = bytes[position]
                // `key: a: b` is an error in YAML; ` #` starts a comment.
                if byte == UInt8(ascii: ":"), position + 1 == end || bytes[position + 1] == UInt8(ascii: " ") { throw Unsupported() }
                if byte == UInt8(ascii: " "), position + 1 < end, bytes[position + 1] == UInt8(ascii: "#") { break }
                position += 1
            }
            value = .scalar(text(start, trimmedEnd(start, position)), .plain, line: line)
        }
        let rest = skipSpaces(position, end)
        guard rest == end || (bytes[rest] == UInt8(ascii: "#") && rest > position) else { throw Unsupported() }
        return value
    }

    /// Whether a plain scalar may start at `position`: not at an indicator, except a dash followed
    /// by a character that is neither a space nor (in a flow collection) a flow indicator.
    func startsPlain(at position: Int, end: Int, inFlow: Bool) -> Bool {
        let byte = bytes[position]
        if byte == UInt8(ascii: "-") {
            guard position + 1 < end else { return false }
            let next = bytes[position + 1]
            return next != UInt8(ascii: " ") && !(inFlow && Self.isFlowIndicator(next))
        }
        return !Self.isIndicator(byte)
    }

    static func isIndicator(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "-"), UInt8(ascii: "?"), UInt8(ascii: ":"), UInt8(ascii: ","), UInt8(ascii: "["), UInt8(ascii: "]"),
             UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "#"), UInt8(ascii: "&"), UInt8(ascii: "*"), UInt8(ascii: "!"),
             UInt8(ascii: "|"), UInt8(ascii: ">"), UInt8(ascii: "'"), UInt8(ascii: "\""), UInt8(ascii: "%"), UInt8(ascii: "@"),
             UInt8(ascii: "`"), UInt8(ascii: " "):
            return true
        default:
            return false
        }
    }

    static func isFlowIndicator(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: ",") || byte == UInt8(ascii: "[") || byte == UInt8(ascii: "]")
            || byte == UInt8(ascii: "{") || byte == UInt8(ascii: "}")
    }

    /// `end`, moved left past trailing spaces (never before `start`).
    func trimmedEnd(_ start: Int, _ end: Int) -> Int {
        var end = end
        while end > start, bytes[end - 1] == UInt8(ascii: " ") { end -= 1 }
        return end
    }

    func text(_ start: Int, _ end: Int) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
    }
}
