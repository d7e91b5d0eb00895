import Foundation
import TraceEval
import TraceIngest
import TraceReport

/// The demo's compact lines.
enum DemoLines {
    static func ingestLine(_ run: String, _ summary: IngestSummary) -> String {
        let architectures = summary.byArchitecture.keys.sorted().map { "\($0) \(summary.byArchitecture[$0]!)" }.joined(separator: ", ")
        let formats = summary.byFormat.keys.sorted().joined(separator: ", ")
        return "  " + TerminalText.pad(run, 24) + String(format: "%4d traces %5d spans  ", summary.traces, summary.spans) + "[\(formats); \(architectures)]"
    }

    static func scoreLine(_ score: RunScore) -> String {
        let overall = score.overall
        func metric(_ m: Metric) -> String {
            overall.metrics[m].map { String(format: "%@ %.2f", m.shortName, $0.mean) } ?? ""
        }
        let metrics = [Metric.taskCompletion, .trajectoryScore, .toolSelectionAccuracy, .policyCompliance].map(metric).filter { !$0.isEmpty }
        var line = "  " + TerminalText.pad(score.run, 24) + metrics.joined(separator: "  ")
        line += String(format: "  | %.1f LLM calls, %.0f tokens", overall.stats.llmCallsMean, overall.stats.inputTokensMean + overall.stats.outputTokensMean)
        if let cost = overall.stats.costMean { line += String(format: ", $%.4f", cost) }
        if overall.stats.latencyP50 > 0 { line += String(format: ", p50 %.2fs", overall.stats.latencyP50 / 1000) }
        if let k = overall.passK[4] { line += String(format: ", pass^4 %.3f", k) }
        return line
    }

    /// The overall side-by-side block: quality, then the cost side.
    static func comparison(_ comparison: Comparison) -> [String] {
        let overall = comparison.overall
        var rows = overall.metrics.map { metric in
            [metric.metric.rawValue, String(format: "%.2f", metric.baseline), String(format: "%.2f", metric.candidate), String(format: "%+.2f", metric.difference),
             String(format: "[%+.2f, %+.2f]", metric.ci95.lowerBound, metric.ci95.upperBound)]
        }
        rows += overall.costs.filter { $0.baseline != nil }.map { cost in
            [cost.name, CompareTable.value(cost.baseline), CompareTable.value(cost.candidate),
             cost.relativeChange.map { String(format: "%+.0f%%", $0 * 100) } ?? "–", ""]
        }
        return TextTable(header: ["same \(overall.pairedCases) queries", comparison.baseline, comparison.candidate, "change", "95% CI"],
                         rows: rows, rightAligned: [1, 2, 3]).lines().map { "  " + $0 }
    }
}
