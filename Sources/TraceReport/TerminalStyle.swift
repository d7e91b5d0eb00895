/// Colour for the gate's verdict lines on a terminal: green for a pass, red for a failure, yellow
/// for a warning. Applied only to lines tracegate wrote (input in them is already escaped).
public enum TerminalStyle {
    /// `line` with its verdict word coloured.
    public static func paint(_ line: String) -> String {
        let red = "\u{1B}[31m", green = "\u{1B}[32m", yellow = "\u{1B}[33m", bold = "\u{1B}[1m", reset = "\u{1B}[0m"
        for (prefix, style) in [("GATE FAILED", bold + red), ("GATE PASSED", bold + green), ("  FAIL", red), ("  warn", yellow)]
            where line.hasPrefix(prefix) {
            return style + prefix + reset + line.dropFirst(prefix.count)
        }
        return line
    }
}
