import Foundation
import TraceEval

/// The side-by-side table `tracegate compare` prints, per route: quality metrics with deltas and
/// intervals, then LLM calls, tool calls, tokens, cost and latency with relative change, then the
/// steps whose miss rate changed.
public struct CompareTable: Sendable {
    /// The comparison to show.
    public let comparison: Comparison

    /// Creates the table.
    public init(comparison: Comparison) {
        self.comparison = comparison
    }

    /// The lines.
    public func lines() -> [String] {
        let b = TerminalText.safe(comparison.baseline, limit: 30)
        let c = TerminalText.safe(comparison.candidate, limit: 30)
        var lines = ["baseline '\(b)' vs candidate '\(c)' on '\(TerminalText.safe(comparison.golden, limit: 40))'"]
        for route in comparison.routes + [comparison.overall] {
            lines.append("")
            lines.append("\(TerminalText.safe(route.route, limit: 40)) — \(route.pairedCases) paired cases")
            var rows = route.metrics.map { metric in
                [metric.metric.rawValue, String(format: "%.3f", metric.baseline), String(format: "%.3f", metric.candidate),
                 String(format: "%+.3f", metric.difference), metric.intervalText, "\(metric.worse)↓ \(metric.better)↑", metric.pText]
            }
            rows += route.costs.map { cost in
                [cost.name, Self.value(cost.baseline), Self.value(cost.candidate),
                 cost.relativeChange.map { String(format: "%+.0f%%", $0 * 100) } ?? "–",
                 cost.ci95.map { String(format: "[%+.3g, %+.3g]", $0.lowerBound, $0.upperBound) } ?? "", "", ""]
            }
            lines += TextTable(header: ["measure", b, c, "change", "95% CI", "pass→fail", "p"], rows: rows,
                               rightAligned: [1, 2, 3]).lines()
            let moved = route.steps.filter { abs($0.change) > 1e-9 }.prefix(3)
            for step in moved {
                lines.append(String(format: "  step %@: missed or failed %.0f%% → %.0f%%", TerminalText.safe(step.tool, limit: 40),
                                    step.baselineRate * 100, step.candidateRate * 100))
            }
            if !route.passToFail.isEmpty {
                lines.append("  task completion pass → fail: " + route.passToFail.prefix(10).map { TerminalText.safe($0, limit: 30) }.joined(separator: ", "))
            }
        }
        if !comparison.missingFromCandidate.isEmpty {
            lines.append("")
            lines.append("cases with no candidate trace (counted as failures): "
                + comparison.missingFromCandidate.map { TerminalText.safe($0, limit: 40) }.joined(separator: ", "))
        }
        return lines
    }

    /// A number for a table cell: whole above 100, four significant digits below, "–" when unknown.
    public static func value(_ value: Double?) -> String {
        guard let value else { return "–" }
        return abs(value) >= 100 ? String(format: "%.0f", value) : String(format: "%.4g", value)
    }
}
