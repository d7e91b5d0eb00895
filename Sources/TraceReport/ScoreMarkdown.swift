import Foundation
import TraceEval

/// A run's scores as GitHub-flavoured Markdown, readable raw: a verdict line, per-route tables with
/// intervals and the cost side, the fail rate by step, the worst cases with reasons, unlinked traces
/// and cases without a trace.
public enum ScoreMarkdown {
    /// The document.
    public static func render(_ score: RunScore) -> String {
        let overall = score.overall
        var out = "## tracegate score: `\(code(score.run))` against `\(code(score.golden))`\n\n"
        if let task = overall.metrics[.taskCompletion] {
            out += String(format: "**Task completion %.0f%%** (%d of %d traces passed", task.passRate * 100,
                          Int((task.passRate * Double(task.n)).rounded()), task.n)
            out += overall.passK.count > 1 ? String(format: "; pass^%d %.3f", overall.passK.keys.max()!, overall.passK[overall.passK.keys.max()!]!) : ""
            out += String(format: ") · %d cases · %d traces\n", overall.cases, overall.traces)
        }
        let metrics = Metric.allCases.filter { overall.metrics[$0] != nil }
        out += "\n| route | cases | traces | " + metrics.map(\.shortName).joined(separator: " | ") + " | LLM calls | tokens | cost | p50 | p95 |\n"
        out += "|---|---:|---:|" + metrics.map { _ in "---|" }.joined() + "---:|---:|---:|---:|---:|\n"
        for group in score.routes + [score.overall] {
            let cells = metrics.map { metric in
                group.metrics[metric].map { String(format: "%.2f [%.2f, %.2f] %.0f%%", $0.mean, $0.ci95.lowerBound, $0.ci95.upperBound, $0.passRate * 100) } ?? "–"
            }
            out += "| \(group.name == "overall" ? "**overall**" : MarkdownText.escape(group.name)) | \(group.cases) | \(group.traces) | "
                + cells.joined(separator: " | ")
                + String(format: " | %.1f | %@ | %@ | %@ | %@ |\n", group.stats.llmCallsMean, tokens(group.stats.inputTokensMean + group.stats.outputTokensMean),
                         group.stats.costMean.map { String(format: "$%.4f", $0) } ?? "–", ms(group.stats.latencyP50), ms(group.stats.latencyP95))
        }
        out += "\nEach metric: mean [95% bootstrap interval] pass rate.\n"
        let failing = score.steps.filter { $0.missing + $0.failed > 0 }
        if !failing.isEmpty {
            out += "\n### Fail rate by step\n\n| route | step | expected | missing | failed | fail rate |\n|---|---|---:|---:|---:|---:|\n"
            for step in failing.sorted(by: { $0.failRate > $1.failRate }) {
                out += String(format: "| %@ | %@ | %d | %d | %d | %.0f%% |\n", MarkdownText.escape(step.route), MarkdownText.escape(step.tool),
                              step.expected, step.missing, step.failed, step.failRate * 100)
            }
        }
        let worst = CaseReason.worst(score.cases, limit: 10)
        if !worst.isEmpty {
            out += "\n### Worst cases\n\n| case | route | trace | why |\n|---|---|---|---|\n"
            for caseScore in worst {
                out += "| \(MarkdownText.escape(caseScore.caseId)) | \(MarkdownText.escape(caseScore.route)) | "
                    + "\(MarkdownText.escape(caseScore.traceId)) | \(MarkdownText.escape(CaseReason.of(caseScore) ?? "")) |\n"
            }
        }
        if !score.unlinkedTraces.isEmpty {
            out += "\n**Traces that link to no case (\(score.unlinkedTraces.count)):** " + score.unlinkedTraces.map(MarkdownText.escape).joined(separator: ", ") + "\n"
        }
        if !score.casesWithoutTrace.isEmpty {
            out += "\n**Cases with no trace, counted as failed (\(score.casesWithoutTrace.count)):** "
                + score.casesWithoutTrace.map(MarkdownText.escape).joined(separator: ", ") + "\n"
        }
        return out
    }

    /// A latency with its unit; "–" for 0, which formats without timestamps (message lists,
    /// τ-bench) report, so that no time is shown where none was recorded.
    static func ms(_ value: Double) -> String {
        if value == 0 { return "–" }
        return value >= 1000 ? String(format: "%.2f s", value / 1000) : String(format: "%.0f ms", value)
    }

    /// A token count with its unit; "–" for 0 (no tokens recorded).
    static func tokens(_ value: Double) -> String {
        value == 0 ? "–" : String(format: "%.0f tok", value)
    }

    private static func code(_ text: String) -> String {
        text.replacingOccurrences(of: "`", with: "'").replacingOccurrences(of: "\n", with: " ")
    }
}
