/// Makes untrusted text safe and short for a terminal: control characters (ANSI escapes,
/// carriage returns, bidi overrides) are shown escaped, never sent raw.
public enum TerminalText {
    /// `text` with control and bidi-override characters escaped, cut to `limit` characters with an ellipsis.
    public static func safe(_ text: String, limit: Int = 120) -> String {
        var out = ""
        var count = 0
        for scalar in text.unicodeScalars {
            if count >= limit { out += "…"; break }
            switch scalar.value {
            case 0x0A: out += "⏎"
            case 0x09: out += " "
            default: append(scalar, to: &out)
            }
            count += 1
        }
        return out
    }

    /// `text` for a terminal over several lines: line breaks and tabs are kept, every other control
    /// character (ESC and the rest of C0 and C1, DEL) and bidi override is shown escaped, so input
    /// quoted in an error or warning can never move the cursor, retitle the window or fake a verdict.
    public static func multiline(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x0A, 0x09: out.unicodeScalars.append(scalar)
            default: append(scalar, to: &out)
            }
        }
        return out
    }

    /// Appends `scalar`, escaped as `\u{…}` when it is a control character (C0, DEL, C1) or a bidi
    /// control: the one rule both ``safe(_:limit:)`` and ``multiline(_:)`` apply.
    private static func append(_ scalar: Unicode.Scalar, to out: inout String) {
        switch scalar.value {
        case 0x00..<0x20, 0x7F, 0x80..<0xA0, 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F:
            out += "\\u{\(String(scalar.value, radix: 16))}"
        default:
            out.unicodeScalars.append(scalar)
        }
    }

    /// `text` padded with spaces (or cut) to `width` characters.
    public static func pad(_ text: String, _ width: Int) -> String {
        if text.count >= width { return text }
        return text + String(repeating: " ", count: width - text.count)
    }

    /// A number of nanoseconds as milliseconds or seconds, for people.
    public static func duration(nanos: Int64) -> String {
        let millis = Double(nanos) / 1_000_000
        if millis < 1000 { return millis < 10 ? String(format: "%.1f ms", millis) : String(format: "%.0f ms", millis) }
        return String(format: "%.2f s", millis / 1000)
    }
}

import Foundation
