/// Makes untrusted text safe inside a GitHub-flavoured Markdown table cell or line.
public enum MarkdownText {
    /// Escapes Markdown syntax (`|`, backticks, `*`, `_`, `[`, `]`, `<`, `>`, `#`, `\`), folds line breaks to
    /// spaces, shows bidi controls as visible markers and drops other control characters.
    public static func escape(_ text: String) -> String {
        var out = ""
        for character in text {
            if let scalar = character.unicodeScalars.first, character.unicodeScalars.count == 1 {
                switch scalar.value {
                case 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F, 0x061C:
                    out += "⟨U+\(String(scalar.value, radix: 16, uppercase: true))⟩"
                    continue
                case 0x00..<0x09, 0x0B, 0x0C, 0x0E..<0x20, 0x7F:
                    continue
                default:
                    break
                }
            }
            switch character {
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
}
