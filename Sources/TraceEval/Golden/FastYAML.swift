/// A reader for the subset of YAML that golden files are written in, giving the same tree that
/// Yams composes, or nil to leave the document to Yams.
///
/// The subset: a block mapping at the root; block mappings and lists nested by indentation (a list
/// may sit at its key's indentation, and a list item may open a mapping: `- id: x`); plain, single-
/// and double-quoted scalars and flow collections (`[a, b]`, `{k: v}`, `[tool: {k: v}]`), each on
/// one line; comments and blank lines. Anything else, and anything the reader is unsure of, ends
/// the fast path (``Unsupported``), so what it does accept it reads exactly as libyaml does.
struct FastYAML {
    /// Thrown for a document, or a part of one, that this reader leaves to Yams.
    struct Unsupported: Error {}

    /// The deepest nesting the fast reader follows (its recursion stays small on any thread's
    /// stack); deeper documents go to Yams, whose parser stops at 1,000 levels with an error.
    static let maximumDepth = 64

    let bytes: UnsafeBufferPointer<UInt8>
    let lines: FastYAMLLines

    /// The document's tree, or nil when it uses more than the subset (or is empty or malformed).
    static func compose(_ text: String) -> YAMLTree? {
        var text = text
        return text.withUTF8 { bytes in
            guard let lines = FastYAMLLines(bytes), lines.count > 0, lines.indent[0] == 0 else { return nil }
            let reader = FastYAML(bytes: bytes, lines: lines)
            guard let (root, next) = try? reader.mapping(from: 0, column: 0, depth: 0), next == lines.count else { return nil }
            return root
        }
    }

    /// The block node whose first line is `line`, and the line after it.
    func block(_ line: Int, depth: Int) throws(Unsupported) -> (YAMLTree, Int) {
        guard depth <= Self.maximumDepth else { throw Unsupported() }
        let column = lines.indent[line]
        if isEntry(line, column) { return try sequence(from: line, column: column, indentless: false, depth: depth) }
        return try mapping(from: line, column: column, depth: depth)
    }

    /// A block mapping whose keys stand at `column`, the first on `line` (which may be a list
    /// item's line, its dash further left); returns the line after it.
    func mapping(from line: Int, column: Int, depth: Int) throws(Unsupported) -> (YAMLTree, Int) {
        var pairs: [(key: YAMLTree, value: YAMLTree)] = []
        var current = line
        while true {
            let end = lines.end[current]
            let number = lines.number[current]
            var position = lines.start[current] + column
            guard let key = try key(at: &position, end: end, line: number) else { throw Unsupported() }
            let (value, next) = try value(after: position, of: current, column: column, depth: depth + 1)
            pairs.append((key, value))
            guard next < lines.count, lines.indent[next] >= column else {
                try FastYAML.checkDistinct(pairs)
                return (.mapping(pairs, line: lines.number[line]), next)
            }
            guard lines.indent[next] == column, !isEntry(next, column) else { throw Unsupported() }
            current = next
        }
    }

    /// The value of the key that ends before `position` on `line`: the rest of the line, or the
    /// block below it, or a list at the key's own indentation, or null; and the line after it.
    private func value(after position: Int, of line: Int, column: Int, depth: Int) throws(Unsupported) -> (YAMLTree, Int) {
        let end = lines.end[line]
        let start = skipSpaces(position, end)
        let next = line + 1
        if start < end, bytes[start] != UInt8(ascii: "#") {
            var cursor = start
            let value = try inlineValue(at: &cursor, end: end, line: lines.number[line], depth: depth)
            guard next >= lines.count || lines.indent[next] <= column else { throw Unsupported() }
            return (value, next)
        }
        if next < lines.count, lines.indent[next] > column { return try block(next, depth: depth) }
        if next < lines.count, lines.indent[next] == column, isEntry(next, column) {
            return try sequence(from: next, column: column, indentless: true, depth: depth)
        }
        return (.scalar("", .plain, line: lines.number[line]), next)
    }

    /// A block list whose dashes stand at `column`; an indentless list (the value of a key at the
    /// same indentation) ends at the first line there that is not an item.
    func sequence(from line: Int, column: Int, indentless: Bool, depth: Int) throws(Unsupported) -> (YAMLTree, Int) {
        var items: [YAMLTree] = []
        var current = line
        while true {
            let (item, next) = try item(on: current, column: column, depth: depth + 1)
            items.append(item)
            let tree = YAMLTree.sequence(items, line: lines.number[line])
            guard next < lines.count, lines.indent[next] >= column else { return (tree, next) }
            guard lines.indent[next] == column else { throw Unsupported() }
            if !isEntry(next, column) {
                if indentless { return (tree, next) }
                throw Unsupported()
            }
            current = next
        }
    }

    /// The list item whose dash is at `column` on `line`, and the line after it.
    private func item(on line: Int, column: Int, depth: Int) throws(Unsupported) -> (YAMLTree, Int) {
        let lineStart = lines.start[line]
        let end = lines.end[line]
        let number = lines.number[line]
        let start = skipSpaces(lineStart + column + 1, end)
        if start == end || bytes[start] == UInt8(ascii: "#") {
            let next = line + 1
            if next < lines.count, lines.indent[next] > column { return try block(next, depth: depth) }
            return (.scalar("", .plain, line: number), next)
        }
        if isEntry(at: start, end: end) { throw Unsupported() }
        var probe = start
        if try key(at: &probe, end: end, line: number) != nil { return try mapping(from: line, column: start - lineStart, depth: depth) }
        var cursor = start
        let value = try inlineValue(at: &cursor, end: end, line: number, depth: depth)
        guard line + 1 >= lines.count || lines.indent[line + 1] <= column else { throw Unsupported() }
        return (value, line + 1)
    }

    /// Whether `line` holds a list item whose dash is at `column`.
    func isEntry(_ line: Int, _ column: Int) -> Bool {
        isEntry(at: lines.start[line] + column, end: lines.end[line])
    }

    func isEntry(at position: Int, end: Int) -> Bool {
        position < end && bytes[position] == UInt8(ascii: "-") && (position + 1 == end || bytes[position + 1] == UInt8(ascii: " "))
    }

    func skipSpaces(_ position: Int, _ end: Int) -> Int {
        var position = position
        while position < end, bytes[position] == UInt8(ascii: " ") { position += 1 }
        return position
    }

    /// Yams refuses a mapping with two equal keys; the fast reader leaves any repeated key text to it.
    static func checkDistinct(_ pairs: [(key: YAMLTree, value: YAMLTree)]) throws(Unsupported) {
        let keys = pairs.map { $0.key.string ?? "" }
        if keys.count <= 16 {
            for index in keys.indices.dropFirst() where keys[..<index].contains(keys[index]) { throw Unsupported() }
        } else if Set(keys).count != keys.count {
            throw Unsupported()
        }
    }
}
