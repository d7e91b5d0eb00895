import Foundation

extension JSONValue {
    /// Compact JSON text with object keys sorted, so equal values always print the same bytes.
    ///
    /// Used to store arguments and attributes, to compare arguments canonically, and to write
    /// diff-stable files.
    public var canonicalText: String {
        var out: [UInt8] = []
        out.reserveCapacity(64)
        writeCanonical(into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends the canonical text as UTF-8 bytes (no intermediate strings).
    package func writeCanonical(into out: inout [UInt8]) {
        switch self {
        case .null:
            out.append(contentsOf: "null".utf8)
        case .bool(let flag):
            out.append(contentsOf: (flag ? "true" : "false").utf8)
        case .int(let value):
            out.append(contentsOf: String(value).utf8)
        case .double(let value):
            out.append(contentsOf: JSONValue.format(value).utf8)
        case .string(let text):
            JSONValue.writeQuoted(text, into: &out)
        case .array(let items):
            Self.writeArray(items.count, into: &out) { items[$0].writeCanonical(into: &$1) }
        case .object(let members):
            out.append(UInt8(ascii: "{"))
            for (index, key) in members.keys.sorted().enumerated() {
                if index > 0 { out.append(UInt8(ascii: ",")) }
                JSONValue.writeQuoted(key, into: &out)
                out.append(UInt8(ascii: ":"))
                members[key]!.writeCanonical(into: &out)
            }
            out.append(UInt8(ascii: "}"))
        }
    }

    /// Appends a JSON array of `count` elements, element `i` written by `element(i, &out)`.
    package static func writeArray(_ count: Int, into out: inout [UInt8], _ element: (Int, inout [UInt8]) -> Void) {
        out.append(UInt8(ascii: "["))
        for index in 0..<count {
            if index > 0 { out.append(UInt8(ascii: ",")) }
            element(index, &out)
        }
        out.append(UInt8(ascii: "]"))
    }

    /// Appends `text` as a JSON string literal, as UTF-8 bytes.
    static func writeQuoted(_ text: String, into out: inout [UInt8]) {
        var text = text
        text.withUTF8 { writeQuoted($0, into: &out) }
    }

    /// Appends the UTF-8 text `bytes` as a JSON string literal. Every byte JSON requires escaping
    /// is ASCII, so the bytes are scanned directly and runs without escapes are copied whole.
    package static func writeQuoted(_ bytes: UnsafeBufferPointer<UInt8>, into out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        var runStart = 0
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else {
                index += 1
                continue
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
            switch byte {
            case UInt8(ascii: "\""): out.append(contentsOf: #"\""#.utf8)
            case UInt8(ascii: "\\"): out.append(contentsOf: #"\\"#.utf8)
            case 0x0A: out.append(contentsOf: #"\n"#.utf8)
            case 0x0D: out.append(contentsOf: #"\r"#.utf8)
            case 0x09: out.append(contentsOf: #"\t"#.utf8)
            default: out.append(contentsOf: String(format: "\\u%04x", UInt32(byte)).utf8)
            }
            index += 1
            runStart = index
        }
        out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart...]))
        out.append(UInt8(ascii: "\""))
    }

    /// Formats a double the way JSON needs it: integral values without a fraction, no NaN.
    static func format(_ value: Double) -> String {
        guard value.isFinite else { return "null" }
        if value.rounded() == value, abs(value) < 1e15 { return String(Int64(value)) }
        return "\(value)"
    }

    /// Appends `text` as a JSON string literal with the escapes JSON requires.
    package static func writeQuoted(_ text: String, into out: inout String) {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count + 2)
        writeQuoted(text, into: &bytes)
        out += String(decoding: bytes, as: UTF8.self)
    }

    /// The text a person reads: strings bare, everything else as canonical JSON.
    public var displayText: String {
        if case .string(let text) = self { return text }
        return canonicalText
    }
}

extension JSONValue {
    /// Indented JSON text with sorted keys (two spaces per level), ending without a newline.
    public var prettyText: String {
        var out = ""
        writePretty(into: &out, indent: 0)
        return out
    }

    private func writePretty(into out: inout String, indent: Int) {
        let pad = String(repeating: "  ", count: indent + 1)
        let closing = String(repeating: "  ", count: indent)
        switch self {
        case .array(let items) where !items.isEmpty:
            out += "[\n"
            for (index, item) in items.enumerated() {
                out += pad
                item.writePretty(into: &out, indent: indent + 1)
                out += index < items.count - 1 ? ",\n" : "\n"
            }
            out += closing + "]"
        case .object(let members) where !members.isEmpty:
            out += "{\n"
            let keys = members.keys.sorted()
            for (index, key) in keys.enumerated() {
                out += pad
                JSONValue.writeQuoted(key, into: &out)
                out += ": "
                members[key]!.writePretty(into: &out, indent: indent + 1)
                out += index < keys.count - 1 ? ",\n" : "\n"
            }
            out += closing + "}"
        default:
            out += canonicalText
        }
    }
}
