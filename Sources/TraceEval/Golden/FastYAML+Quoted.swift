extension FastYAML {
    /// The single- or double-quoted scalar at `position`, closed on this line; `position` moves
    /// past the closing quote. Escapes are libyaml's; a line continuation, an unknown escape or an
    /// escape of a surrogate or past U+10FFFF is left to Yams.
    func quoted(at position: inout Int, end: Int, line: Int) throws(Unsupported) -> YAMLTree {
        let quote = bytes[position]
        let single = quote == UInt8(ascii: "'")
        var index = position + 1
        let start = index
        var decoded: [UInt8]?
        while true {
            guard index < end else { throw Unsupported() }
            let byte = bytes[index]
            if byte == quote {
                if single, index + 1 < end, bytes[index + 1] == quote {
                    decoded = (decoded ?? Array(bytes[start..<index])) + [quote]
                    index += 2
                    continue
                }
                break
            }
            if !single, byte == UInt8(ascii: "\\") {
                var output = decoded ?? Array(bytes[start..<index])
                index = try escape(at: index + 1, end: end, into: &output)
                decoded = output
                continue
            }
            decoded?.append(byte)
            index += 1
        }
        position = index + 1
        let text = decoded.map { String(decoding: $0, as: UTF8.self) } ?? self.text(start, index)
        return .scalar(text, single ? .singleQuoted : .doubleQuoted, line: line)
    }

    /// Decodes the escape whose letter is at `index` into `output`; returns the index after it.
    private func escape(at index: Int, end: Int, into output: inout [UInt8]) throws(Unsupported) -> Int {
        guard index < end else { throw Unsupported() }
        let letter = bytes[index]
        if let byte = Self.simpleEscapes[letter] {
            output.append(byte)
            return index + 1
        }
        let digits: Int
        switch letter {
        case UInt8(ascii: "x"): digits = 2
        case UInt8(ascii: "u"): digits = 4
        case UInt8(ascii: "U"): digits = 8
        default: throw Unsupported()
        }
        guard index + digits < end else { throw Unsupported() }
        var value: UInt32 = 0
        for offset in 1...digits {
            guard let digit = Self.hexValue(bytes[index + offset]) else { throw Unsupported() }
            value = value << 4 | digit
        }
        guard let scalar = Unicode.Scalar(value) else { throw Unsupported() }
        output.append(contentsOf: Array(String(Character(scalar)).utf8))
        return index + digits + 1
    }

    /// The one-letter escapes of libyaml that stand for one byte (`\N`, `\_`, `\L`, `\P` are left
    /// to Yams).
    private static let simpleEscapes: [UInt8: UInt8] = [
        UInt8(ascii: "0"): 0x00, UInt8(ascii: "a"): 0x07, UInt8(ascii: "b"): 0x08, UInt8(ascii: "t"): 0x09,
        UInt8(ascii: "n"): 0x0A, UInt8(ascii: "v"): 0x0B, UInt8(ascii: "f"): 0x0C, UInt8(ascii: "r"): 0x0D,
        UInt8(ascii: "e"): 0x1B, UInt8(ascii: " "): 0x20, UInt8(ascii: "\""): 0x22, UInt8(ascii: "/"): 0x2F,
        UInt8(ascii: "\\"): 0x5C,
    ]

    private static func hexValue(_ byte: UInt8) -> UInt32? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return UInt32(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return UInt32(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return UInt32(byte - UInt8(ascii: "A") + 10)
        default: return nil
        }
    }
}
