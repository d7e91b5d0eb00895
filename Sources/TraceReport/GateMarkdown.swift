import Foundation
import TraceEval

/// The gate's verdict as GitHub-flavoured Markdown, suited to `$GITHUB_STEP_SUMMARY`: a verdict
/// banner, a per-route table, the reasons, the notes, and each regressed case's expected and actual
/// trajectory side by side.
public enum GateMarkdown {
    /// The Markdown document.
    public static func render(_ result: GateResult, strict: Bool = false, subject: String? = nil) -> String {
        let failed = result.failed(strict: strict)
        var out = "## tracegate gate: " + (failed ? "❌ failed" : result.status == .warn ? "⚠️ passed with warnings" : "✅ passed") + "\n\n"
        if let comparison = result.comparison {
            out += "Candidate `\(MarkdownText.code(comparison.candidate))` vs baseline `\(MarkdownText.code(comparison.baseline))` "
                + "on golden `\(MarkdownText.code(comparison.golden))`.\n\n"
            out += routeTable(result, comparison)
        } else if let subject {
            out += "`\(MarkdownText.code(subject))`, checked against the configuration's floors (no baseline).\n\n"
        }
        let reasons = result.lines.filter { $0.status != .pass }
        if !reasons.isEmpty {
            out += "\n### Why\n\n" + reasons.map { "- **\($0.status.rawValue)** — \(MarkdownText.escape($0.reason))\n" }.joined()
        }
        if !result.notes.isEmpty {
            out += "\n### Not compared\n\n" + result.notes.map { "- \(MarkdownText.escape($0))\n" }.joined()
        }
        if !result.evidence.isEmpty {
            out += "\n### Cases that went pass → fail\n"
            for item in result.evidence.prefix(20) {
                out += "\n**\(MarkdownText.escape(item.caseId))** (route \(MarkdownText.escape(item.route)); "
                    + item.metrics.map(\.rawValue).joined(separator: ", ") + ")\n\n| expected | actual | |\n|---|---|---|\n"
                for row in item.rows {
                    let expected = row.expected.map { "`\(MarkdownText.code($0))`" } ?? "–"
                    let actual = row.actual.map { "`\(MarkdownText.code($0))`" + (row.succeeded == false ? " ✗ failed" : "") } ?? "–"
                    out += "| \(cell(expected)) | \(cell(actual)) | \(row.status.rawValue) |\n"
                }
            }
            if result.evidence.count > 20 { out += "\n…and \(result.evidence.count - 20) more (see the HTML or JSON report).\n" }
        }
        if let comparison = result.comparison { out += stepMoves(comparison) }
        return out
    }

    private static func routeTable(_ result: GateResult, _ comparison: Comparison) -> String {
        let metrics = Metric.allCases.filter { metric in comparison.routes.contains { $0.metric(metric) != nil } }
        var out = "| route | cases | " + metrics.map(\.shortName).joined(separator: " | ") + " | verdict |\n"
        out += "|---|---:|" + metrics.map { _ in "---|" }.joined() + "---|\n"
        for route in comparison.routes + (comparison.routes.count > 1 ? [comparison.overall] : []) {
            let worst = result.lines.filter { $0.route == route.route }.map(\.status).max() ?? .pass
            let cells = metrics.map { metric -> String in
                guard let value = route.metric(metric) else { return "–" }
                return String(format: "%.2f → %.2f (%+.2f)", value.baseline, value.candidate, value.difference)
            }
            out += "| \(MarkdownText.escape(route.route)) | \(route.pairedCases) | " + cells.joined(separator: " | ") + " | \(worst.rawValue) |\n"
        }
        return out
    }

    private static func stepMoves(_ comparison: Comparison) -> String {
        let moves = comparison.routes.flatMap { route in route.steps.filter { $0.change > 1e-9 }.map { (route.route, $0) } }
        guard !moves.isEmpty else { return "" }
        var out = "\n### Steps missed or failed more often\n\n| route | step | before | after |\n|---|---|---:|---:|\n"
        for (route, step) in moves {
            out += "| \(MarkdownText.escape(route)) | \(MarkdownText.escape(step.tool)) | "
                + String(format: "%.0f%% | %.0f%% |\n", step.baselineRate * 100, step.candidateRate * 100)
        }
        return out
    }

    /// A code span inside a table cell: a pipe would end the cell even there.
    private static func cell(_ text: String) -> String {
        text.replacingOccurrences(of: "|", with: "\\|")
    }
}
