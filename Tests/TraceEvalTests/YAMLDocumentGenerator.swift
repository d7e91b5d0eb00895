/// Random YAML documents for comparing the fast reader with Yams: block mappings and lists nested
/// by indentation, flow collections, plain and quoted scalars drawn from pieces chosen to sit on the
/// edges of the subset (indicators, colons, comments, escapes, numbers, non-ASCII), and now and
/// then a line indented one space off, a stray character or a trailing comment.
struct YAMLDocumentGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    private static let plains = [
        "a", "get_report", "Dana Scully", "cluster-a", "1", "-1", "0x1F", "017", "1.5", "1e3", ".inf", "yes", "No", "null", "~",
        "2024-05-20", "a#b", "-a", "a'b", "a\"b", "é", "日本", "😀", "1:20", "a b  c", "a\\b",
    ]
    /// Plain scalars that are fine in a block but not in a flow collection, or not at all.
    private static let edgePlains = [
        "a:b", "http://x.y/z?q=1", "x, y", "a [b] {c}", "-", "?a", ":a", "a:", "a #b", "&x", "*x", "!x", "|", ">", "%", "@x",
        "`x", "[x]", "{y}", ",a", "a,", "a]", "a}", "#", "---", "...",
    ]
    private static let quoted = [
        "'it''s'", "''", "'a # b'", "'x: y'", "' lead'", "'trail '", "\"\"", "\"a\\\"b\"", "\"\\n\\t\\\\\\/\"", "\"\\u00e9\"",
        "\"\\x41\\x7f\"", "\"\\U0001F600\"", "\"\\0\"", "\"\\e\\a\\b\\v\\f\\r\\ \"", "\"\\N\"", "\"\\_\"", "\"\\ud800\"",
        "\"\\q\"", "\"\\u12\"", "\"open", "'open", "\"a\" b", "\"k\":v", "'#'",
    ]
    private static let keys = ["id", "query", "route", "tools", "a", "b", "c", "Dana Scully", "1", "yes", "a:b", "-k", "'q k'", "\"dq\"", "k "]

    mutating func next(_ bound: Int) -> Int {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return Int((state >> 33) % UInt64(bound))
    }

    mutating func pick(_ items: [String]) -> String { items[next(items.count)] }

    mutating func document() -> String {
        var lines: [String] = []
        mapping(indent: 0, depth: 0, into: &lines)
        // Now and then: a stray line, a shifted indentation, a comment or blank line.
        for _ in 0..<(next(3) == 0 ? 1 : 0) where !lines.isEmpty {
            let index = next(lines.count)
            switch next(6) {
            case 0: lines[index] = " " + lines[index]
            case 1: lines.insert(String(repeating: " ", count: next(5)) + "# note", at: index)
            case 2: lines.insert("", at: index)
            case 3: lines[index] += " # trailing"
            case 4: lines[index] += pick(["  ", ":", " x", ",", "]"])
            default: lines[index] = String(lines[index].dropFirst(min(1, lines[index].count)))
            }
        }
        return lines.joined(separator: "\n") + (next(4) == 0 ? "" : "\n")
    }

    private mutating func scalar() -> String {
        switch next(8) {
        case 0: return pick(Self.edgePlains)
        case 1, 2: return pick(Self.quoted)
        default: return pick(Self.plains)
        }
    }

    private mutating func flow(depth: Int) -> String {
        guard depth < 3, next(3) == 0 else { return scalar() }
        let count = next(4)
        if next(2) == 0 {
            let items = (0..<count).map { _ in next(4) == 0 ? "\(pick(Self.keys)): \(flow(depth: depth + 1))" : flow(depth: depth + 1) }
            return "[" + items.joined(separator: pick([", ", ",", " , "])) + "]"
        }
        let pairs = (0..<count).map { _ in "\(pick(Self.keys)): \(flow(depth: depth + 1))" }
        return "{" + pairs.joined(separator: ", ") + "}"
    }

    private mutating func mapping(indent: Int, depth: Int, into lines: inout [String], firstPrefix: String? = nil) {
        let pad = String(repeating: " ", count: indent)
        for index in 0..<(1 + next(4)) {
            let lead = index == 0 ? (firstPrefix ?? pad) : pad
            let key = pick(Self.keys) + pick([":", ":", ":", " :"])
            if depth < 3, next(3) == 0 {
                lines.append(lead + key + (next(4) == 0 ? " # c" : ""))
                let nested = indent + 1 + next(4)
                switch next(3) {
                case 0: mapping(indent: nested, depth: depth + 1, into: &lines)
                case 1: sequence(indent: nested, depth: depth + 1, into: &lines)
                default: sequence(indent: indent, depth: depth + 1, into: &lines)
                }
            } else {
                lines.append(lead + key + (next(8) == 0 ? "" : " " + flow(depth: 0)))
            }
        }
    }

    private mutating func sequence(indent: Int, depth: Int, into lines: inout [String]) {
        let pad = String(repeating: " ", count: indent)
        for _ in 0..<(1 + next(3)) {
            switch next(10) {
            case 0, 1, 2: mapping(indent: indent + 2, depth: depth + 1, into: &lines, firstPrefix: pad + "- ")
            case 3:
                lines.append(pad + "-" + (next(2) == 0 ? "" : " # c"))
                if next(2) == 0, depth < 3 { mapping(indent: indent + 2 + next(2), depth: depth + 1, into: &lines) }
            case 4: lines.append(pad + "- - " + scalar())
            default: lines.append(pad + "- " + flow(depth: 0))
            }
        }
    }
}
