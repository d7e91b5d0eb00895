/// Makes untrusted text safe inside a GitHub-flavoured Markdown table cell or line.
public enum MarkdownText {
    /// Escapes Markdown syntax (`|`, backticks, `*`, `_`, `[`, `]`, `<`, `>`, `#`, `\`), folds line breaks
    /// (LF, CR, CRLF) to spaces, shows bidi controls as visible markers, drops other control
    /// characters, and defuses GitHub's autolinks (`://`, `www.`, `@`) so untrusted text never
    /// becomes a live link.
    public static func escape(_ text: String) -> String {
        var out = ""
        let characters = Array(text)
        for (index, character) in characters.enumerated() {
            if let scalar = character.unicodeScalars.first, character.unicodeScalars.count == 1 {
                switch scalar.value {
                case 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F, 0x061C:
                    out += "⟨U+\(String(scalar.value, radix: 16, uppercase: true))⟩"
                    continue
                case 0x00:
                    out += "␀"
                    continue
                case 0x01..<0x09, 0x0B, 0x0C, 0x0E..<0x20, 0x7F:
                    continue
                default:
                    break
                }
            }
            if character == ":", characters[(index + 1)...].prefix(2) == ["/", "/"] {
                out += "&#58;"
                continue
            }
            if character == ".", index >= 3, String(characters[(index - 3)..<index]).lowercased() == "www" {
                out += "&#46;"
                continue
            }
            switch character {
            case "@": out += "&#64;"
            case "\\", "|", "`", "*", "_", "[", "]", "#", "~": out += "\\" + String(character)
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "&": out += "&amp;"
            case "\n", "\r", "\r\n": out += " "
            default: out.append(character)
            }
        }
        return out
    }

    /// Text for inside an inline code span: backticks become `'`, every control character
    /// (CR and LF included) a space, bidi controls visible markers, so the span cannot be closed
    /// or broken out of; cut to `limit` characters.
    public static func code(_ text: String, limit: Int = 200) -> String {
        var out = ""
        var count = 0
        for scalar in text.unicodeScalars {
            if count >= limit { out += "…"; break }
            count += 1
            switch scalar.value {
            case 0x60: out += "'"
            case 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F, 0x061C: out += "⟨U+\(String(scalar.value, radix: 16, uppercase: true))⟩"
            case 0x00: out += "␀"
            case 0x01..<0x20, 0x7F, 0x80..<0xA0, 0x2028, 0x2029: out += " "
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out.isEmpty ? " " : out
    }
}
