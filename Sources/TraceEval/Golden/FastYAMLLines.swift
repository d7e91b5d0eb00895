/// The lines of a document that hold content (not blank, not only a comment), with where each
/// starts and ends and how far it is indented; nil when the document has a byte that ``FastYAML``
/// leaves to Yams.
///
/// Left to Yams: tabs, carriage returns and other control characters, the C1 controls, the
/// Unicode line and paragraph separators (line breaks in YAML 1.1), a byte-order mark, the
/// non-characters U+FFFE and U+FFFF, and lines that open with `---`, `...` or `%` (document
/// markers and directives).
struct FastYAMLLines {
    private(set) var start: [Int] = []
    private(set) var end: [Int] = []
    private(set) var indent: [Int] = []
    /// The 1-based line number in the document.
    private(set) var number: [Int] = []

    var count: Int { start.count }

    init?(_ bytes: UnsafeBufferPointer<UInt8>) {
        var lineStart = 0
        var lineNumber = 1
        var index = 0
        while index <= bytes.count {
            guard index < bytes.count, bytes[index] != 0x0A else {
                guard add(bytes, from: lineStart, to: index, number: lineNumber) else { return nil }
                index += 1
                lineStart = index
                lineNumber += 1
                continue
            }
            guard Self.isSupported(bytes, at: index) else { return nil }
            index += 1
        }
    }

    /// Records the line `from..<to` when it holds content; false when it opens like a marker.
    private mutating func add(_ bytes: UnsafeBufferPointer<UInt8>, from: Int, to: Int, number: Int) -> Bool {
        var first = from
        while first < to, bytes[first] == UInt8(ascii: " ") { first += 1 }
        guard first < to, bytes[first] != UInt8(ascii: "#") else { return true }
        if first == from, Self.opensLikeMarker(bytes, from: from, to: to) { return false }
        start.append(from)
        end.append(to)
        indent.append(first - from)
        self.number.append(number)
        return true
    }

    private static func opensLikeMarker(_ bytes: UnsafeBufferPointer<UInt8>, from: Int, to: Int) -> Bool {
        let first = bytes[from]
        if first == UInt8(ascii: "%") { return true }
        guard to - from >= 3, first == UInt8(ascii: "-") || first == UInt8(ascii: ".") else { return false }
        return bytes[from + 1] == first && bytes[from + 2] == first
    }

    /// Whether the byte at `index` (not a line feed) may stay in a document the fast reader reads.
    private static func isSupported(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        let byte = bytes[index]
        if byte < 0x80 { return byte >= 0x20 && byte != 0x7F }
        let next = index + 1 < bytes.count ? bytes[index + 1] : 0
        let third = index + 2 < bytes.count ? bytes[index + 2] : 0
        switch byte {
        case 0xC2: return next >= 0xA0 // U+0080–U+009F are the C1 controls, U+0085 a line break
        case 0xE2: return !(next == 0x80 && (third == 0xA8 || third == 0xA9))
        case 0xEF: return !(next == 0xBB && third == 0xBF) && !(next == 0xBF && (third == 0xBE || third == 0xBF))
        default: return true
        }
    }
}
