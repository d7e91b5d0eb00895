/// Escapes untrusted text for each HTML context tracegate writes into.
///
/// Trace content may hold markup or prompt-injection text: every string from a trace or golden
/// file goes through one of these. Bidi controls (which can reorder what a reader sees) are shown
/// as visible markers, and control characters are dropped.
public enum HTMLText {
    /// A name for element content, cut to `limit` characters with the whole name on hover, so a
    /// 200 KB route name cannot swallow the page.
    public static func label(_ text: String, limit: Int = 120) -> String {
        guard text.count > limit else { return escape(text) }
        return "<span class=\"cut\" title=\"\(escape(String(text.prefix(4_000))))\">\(escape(String(text.prefix(limit))))…</span>"
    }

    /// For element content and quoted attribute values: `&`, `<`, `>`, `"`, `'` as entities.
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\u{202A}"..."\u{202E}", "\u{2066}"..."\u{2069}", "\u{200E}", "\u{200F}", "\u{061C}":
                out += "⟨U+\(String(scalar.value, radix: 16, uppercase: true))⟩"
            case "\t", "\n", "\r":
                out.unicodeScalars.append(scalar)
            case "\u{0}":
                out += "␀"  // shown, so text after a NUL is never hidden or joined to what came before
            case _ where scalar.value < 0x20 || scalar.value == 0x7F:
                continue
            default:
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// For JSON placed inside `<script type="application/json">`: the characters that could close
    /// the element or start markup (`<`, `>`, `&`) and the JavaScript line separators are written
    /// as `\u` escapes, so the data can never end the script element.
    public static func scriptData(_ json: String) -> String {
        var out = ""
        out.reserveCapacity(json.utf8.count)
        for scalar in json.unicodeScalars {
            switch scalar {
            case "<": out += "\\u003c"
            case ">": out += "\\u003e"
            case "&": out += "\\u0026"
            case "\u{2028}": out += "\\u2028"
            case "\u{2029}": out += "\\u2029"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
