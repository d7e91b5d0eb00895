import Foundation
import TraceEval

/// A comparison as GitHub-flavoured Markdown: per route, quality with deltas and intervals, then the cost side.
public enum CompareMarkdown {
    /// The Markdown document.
    public static func render(_ comparison: Comparison) -> String {
        var out = "## tracegate compare\n\nBaseline `\(MarkdownText.code(comparison.baseline))` vs candidate `\(MarkdownText.code(comparison.candidate))` "
            + "on golden `\(MarkdownText.code(comparison.golden))`.\n"
        for route in comparison.routes + [comparison.overall] {
            out += "\n### \(MarkdownText.escape(route.route)) (\(route.pairedCases) paired cases)\n\n"
            out += "| measure | baseline | candidate | change | 95% CI | pass → fail | p |\n|---|---:|---:|---:|---|---:|---:|\n"
            for metric in route.metrics {
                out += "| \(metric.metric.rawValue) | " + String(format: "%.3f | %.3f | %+.3f", metric.baseline, metric.candidate, metric.difference)
                    + " | \(metric.intervalText) | \(metric.worse) | \(metric.pText) |\n"
            }
            for cost in route.costs {
                out += "| \(cost.name) | \(CompareTable.value(cost.baseline)) | \(CompareTable.value(cost.candidate)) | "
                    + (cost.relativeChange.map { String(format: "%+.0f%%", $0 * 100) } ?? "–") + " | | | |\n"
            }
        }
        return out
    }
}
