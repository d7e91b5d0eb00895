import TraceEval

/// The gate's verdict for the terminal and for CI logs: a banner, then every failing and warning
/// line with its reason, then a count of passing checks.
public enum GateSummary {
    /// The terminal lines.
    public static func lines(_ result: GateResult, strict: Bool) -> [String] {
        let failing = result.lines(.fail)
        let warning = result.lines(.warn)
        let status = strict && result.status == .warn ? GateLine.Status.fail : result.status
        let banner: String
        switch status {
        case .fail: banner = "GATE FAILED: \(failing.count) failing check(s)" + (strict && failing.isEmpty ? " (warnings fail under --strict)" : "")
        case .warn: banner = "GATE PASSED with \(warning.count) warning(s)"
        case .pass: banner = "GATE PASSED"
        }
        var lines = [banner + " — candidate '\(TerminalText.safe(result.comparison.candidate, limit: 40))' vs baseline '\(TerminalText.safe(result.comparison.baseline, limit: 40))'"]
        lines += failing.map { "  FAIL  \(TerminalText.safe($0.reason, limit: 400))" }
        lines += warning.map { "  warn  \(TerminalText.safe($0.reason, limit: 400))" }
        lines.append("  \(result.lines(.pass).count) check(s) passed")
        return lines
    }

    /// GitHub Actions workflow commands: one `::error` per failing line, `::warning` per warning.
    public static func annotations(_ result: GateResult) -> [String] {
        func clean(_ text: String) -> String {
            text.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\r", with: "%0D").replacingOccurrences(of: "\n", with: "%0A")
        }
        return result.lines(.fail).map { "::error title=tracegate gate (\(clean($0.route)))::\(clean($0.reason))" }
            + result.lines(.warn).map { "::warning title=tracegate gate (\(clean($0.route)))::\(clean($0.reason))" }
    }
}
