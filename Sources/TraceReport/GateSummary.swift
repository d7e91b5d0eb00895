import Foundation
import TraceEval

/// The gate's verdict for the terminal and for CI logs: a banner, then every failing and warning
/// line with its reason, the notes, then a count of passing checks.
public enum GateSummary {
    /// The terminal lines. `subject` names what was judged when there is no comparison (`score --config`).
    public static func lines(_ result: GateResult, strict: Bool, subject: String? = nil) -> [String] {
        let failing = result.lines(.fail)
        let warning = result.lines(.warn)
        let banner: String
        if result.failed(strict: strict) {
            banner = "GATE FAILED: \(failing.count) failing check(s)" + (failing.isEmpty ? " (warnings fail under --strict)" : "")
        } else {
            banner = result.status == .warn ? "GATE PASSED with \(warning.count) warning(s)" : "GATE PASSED"
        }
        let about = result.comparison.map {
            " — candidate '\(TerminalText.safe($0.candidate, limit: 40))' vs baseline '\(TerminalText.safe($0.baseline, limit: 40))'"
        } ?? subject.map { " — \(TerminalText.safe($0, limit: 80))" } ?? ""
        var lines = [banner + about]
        lines += failing.map { "  FAIL  \(TerminalText.safe($0.reason, limit: 600))" }
        lines += warning.map { "  warn  \(TerminalText.safe($0.reason, limit: 600))" }
        lines += result.notes.map { "  note  \(TerminalText.safe($0, limit: 600))" }
        lines.append("  \(result.lines(.pass).count) check(s) passed")
        return lines
    }

    /// Where annotations point: the golden file, and the line of each case.
    public struct Source: Sendable {
        /// The golden file's path as the workflow sees it.
        public var file: String
        /// Each case's line in it.
        public var caseLines: [String: Int]
        /// Each route's first case, for lines about a whole route.
        public var routeCases: [String: String]

        /// Creates a source.
        public init(file: String, caseLines: [String: Int], routeCases: [String: String]) {
            self.file = file
            self.caseLines = caseLines
            self.routeCases = routeCases
        }
    }

    /// GitHub Actions workflow commands: one `::error` per failing line, `::warning` per warning,
    /// each with `file=` and `line=` pointing at the case (or the route's first case) in the golden
    /// file. Properties escape `%`, CR, LF, `:` and `,`; messages escape `%`, CR and LF (GitHub's
    /// workflow-command rules); any other control character is shown escaped, never sent raw.
    public static func annotations(_ result: GateResult, source: Source?) -> [String] {
        func command(_ kind: String, _ line: GateLine) -> String {
            var properties: [String] = []
            if let source {
                properties.append("file=" + property(source.file))
                let caseId = line.caseId ?? source.routeCases[line.route]
                if let number = caseId.flatMap({ source.caseLines[$0] }) { properties.append("line=\(number)") }
            }
            properties.append("title=" + property("tracegate gate (\(line.route))"))
            return "::\(kind) " + properties.joined(separator: ",") + "::" + data(line.reason)
        }
        return result.lines(.fail).map { command("error", $0) } + result.lines(.warn).map { command("warning", $0) }
    }

    /// Escaped workflow-command data.
    public static func data(_ text: String) -> String {
        TerminalText.safe(text.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\r", with: "%0D")
            .replacingOccurrences(of: "\n", with: "%0A"), limit: 4000)
    }

    /// An escaped workflow-command property value.
    public static func property(_ text: String) -> String {
        data(text).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }
}
