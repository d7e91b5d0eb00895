/// Escapes text for XML content and attribute values, dropping characters XML 1.0 cannot hold.
public enum XMLText {
    /// `&`, `<`, `>`, `"`, `'` as entities; control characters other than tab, newline and
    /// carriage return are dropped (XML 1.0 forbids them even as references).
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
            case "\u{0}": out += "␀"
            case _ where scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF: continue
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
