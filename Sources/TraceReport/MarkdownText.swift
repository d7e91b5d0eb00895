/// Makes untrusted text safe inside a GitHub-flavoured Markdown table cell or line.
public enum MarkdownText {
    /// Escapes Markdown syntax (`|`, backticks, `*`, `_`, `[`, `]`, `<`, `>`, `#`, `\`) and folds line breaks to spaces.
    public static func escape(_ text: String) -> String {
        var out = ""
        for character in text {
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
