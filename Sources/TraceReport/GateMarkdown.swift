import Foundation
import TraceEval

/// The gate's verdict as GitHub-flavoured Markdown, suited to `$GITHUB_STEP_SUMMARY`: a verdict
/// banner, a per-route table, the reasons, and the regressed cases.
public enum GateMarkdown {
    /// The Markdown document.
    public static func render(_ result: GateResult, strict: Bool = false) -> String {
        let comparison = result.comparison
        let failed = result.status == .fail || (strict && result.status == .warn)
        var out = "## tracegate gate: " + (failed ? "❌ failed" : result.status == .warn ? "⚠️ passed with warnings" : "✅ passed") + "\n\n"
        out += "Candidate `\(code(comparison.candidate))` vs baseline `\(code(comparison.baseline))` on golden `\(code(comparison.golden))`.\n\n"
        let metrics = Metric.allCases.map(\.rawValue).filter { key in comparison.routes.contains { $0.metric(key) != nil } }
        out += "| route | cases | " + metrics.map { Metric(rawValue: $0)!.shortName }.joined(separator: " | ") + " | verdict |\n"
        out += "|---|---:|" + metrics.map { _ in "---|" }.joined() + "---|\n"
        for route in comparison.routes {
            let worst = result.lines.filter { $0.route == route.route }.map(\.status).max() ?? .pass
            let cells = metrics.map { key -> String in
                guard let metric = route.metric(key) else { return "–" }
                return String(format: "%.2f → %.2f (%+.2f)", metric.baseline, metric.candidate, metric.difference)
            }
            out += "| \(MarkdownText.escape(route.route)) | \(route.pairedCases) | " + cells.joined(separator: " | ") + " | \(worst.rawValue) |\n"
        }
        let reasons = result.lines.filter { $0.status != .pass }
        if !reasons.isEmpty {
            out += "\n### Why\n\n" + reasons.map { "- **\($0.status.rawValue)** — \(MarkdownText.escape($0.reason))\n" }.joined()
        }
        let regressed = comparison.routes.flatMap { route in route.passToFail.map { (route.route, $0) } }
        if !regressed.isEmpty {
            out += "\n### Cases that went pass → fail (task completion)\n\n"
            out += regressed.map { "- \(MarkdownText.escape($0.1)) (route \(MarkdownText.escape($0.0)))\n" }.joined()
        }
        let stepMoves = comparison.routes.flatMap { route in route.steps.filter { $0.change > 1e-9 }.map { (route.route, $0) } }
        if !stepMoves.isEmpty {
            out += "\n### Steps missed or failed more often\n\n| route | step | before | after |\n|---|---|---:|---:|\n"
            for (route, step) in stepMoves {
                out += String(format: "| %@ | %@ | %.0f%% | %.0f%% |\n", MarkdownText.escape(route), MarkdownText.escape(step.tool),
                              step.baselineRate * 100, step.candidateRate * 100)
            }
        }
        return out
    }

    private static func code(_ text: String) -> String {
        text.replacingOccurrences(of: "`", with: "'").replacingOccurrences(of: "\n", with: " ")
    }
}
