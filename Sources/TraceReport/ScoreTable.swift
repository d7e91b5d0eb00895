import Foundation
import TraceEval

/// The per-route table `tracegate score` prints: each metric's mean with its 95 % interval and
/// pass rate, then LLM calls, tokens, cost and latency.
public struct ScoreTable: Sendable {
    /// The score to show.
    public let score: RunScore

    /// Creates the table.
    public init(score: RunScore) {
        self.score = score
    }

    /// The lines: a headline, the table (routes, then overall), and notes on unlinked traces. With
    /// a `width` (the terminal's), a table that would be wider drops the intervals, then the cost
    /// columns, so that it fits.
    public func lines(width: Int? = nil) -> [String] {
        guard let width else { return lines(.full) }
        for detail in [Detail.full, .noIntervals, .qualityOnly] where table(detail).allSatisfy({ $0.count <= width }) { return lines(detail) }
        return lines(.meansOnly)
    }

    /// How much each row says.
    enum Detail {
        case full, noIntervals, qualityOnly, meansOnly
    }

    private func table(_ detail: Detail) -> [String] {
        let metrics = Metric.allCases.filter { metric in score.overall.metrics[metric] != nil }
        let qualityOnly = detail == .qualityOnly || detail == .meansOnly
        let costs = qualityOnly ? [] : ["llm", "tokens", "cost", "p50", "p95"]
        let header = ["route", "cases", "traces"] + metrics.map(\.shortName) + costs
        // Routes, then overall, then one row per tag (marked #tag).
        let groups = score.routes + [score.overall] + score.tags.map { tag in
            var group = tag
            group.name = "#" + tag.name
            return group
        }
        let rows = groups.map { group in
            [TerminalText.safe(group.name, limit: 30), String(group.cases), String(group.traces)]
                + metrics.map { metric in
                    group.metrics[metric].map { detail == .full ? Self.cell($0) : detail == .meansOnly ? String(format: "%.2f", $0.mean) : Self.shortCell($0) } ?? "–"
                }
                + (qualityOnly ? [] : [String(format: "%.1f", group.stats.llmCallsMean),
                   ScoreMarkdown.tokens(group.stats.inputTokensMean + group.stats.outputTokensMean),
                   group.stats.costMean.map { String(format: "$%.4f", $0) } ?? "–",
                   Self.millis(group.stats.latencyP50), Self.millis(group.stats.latencyP95)])
        }
        return TextTable(header: header, rows: rows, rightAligned: Set(1..<header.count)).lines()
    }

    private func lines(_ detail: Detail) -> [String] {
        var lines = ["run '\(TerminalText.safe(score.run, limit: 40))' against '\(TerminalText.safe(score.golden, limit: 40))': "
                     + "\(score.overall.traces) traces of \(score.overall.cases) cases"]
        switch detail {
        case .full: lines.append("each metric: mean [95% interval] pass rate")
        case .noIntervals, .qualityOnly: lines.append("each metric: mean, pass rate (a wider terminal, --json or the reports show more)")
        case .meansOnly: lines.append("each metric: mean (a wider terminal, --json or the reports show more)")
        }
        lines += table(detail)
        if !score.overall.passK.isEmpty {
            // k runs up to the fewest trials any case has; the terminal shows the first four, JSON all.
            let ks = score.overall.passK.keys.sorted()
            lines.append("task completion pass^k: " + ks.prefix(4).map { "k=\($0) \(String(format: "%.4f", score.overall.passK[$0]!))" }.joined(separator: ", ")
                + (ks.count > 4 ? " (k up to \(ks.last!) in --json)" : ""))
        }
        if !score.unlinkedTraces.isEmpty {
            lines.append("\(score.unlinkedTraces.count) trace(s) link to no case: \(Self.list(score.unlinkedTraces))")
            lines += score.linkHints.map { "  " + TerminalText.safe($0, limit: 300) }
        }
        if !score.casesWithoutTrace.isEmpty {
            lines.append("\(score.casesWithoutTrace.count) case(s) have no trace (counted as failed): \(Self.list(score.casesWithoutTrace))")
        }
        return lines
    }

    static func cell(_ summary: MetricSummary) -> String {
        String(format: "%.2f [%.2f,%.2f] %.0f%%", summary.mean, summary.ci95.lowerBound, summary.ci95.upperBound, summary.passRate * 100)
    }

    static func shortCell(_ summary: MetricSummary) -> String {
        String(format: "%.2f %.0f%%", summary.mean, summary.passRate * 100)
    }

    static func millis(_ value: Double) -> String {
        if value == 0 { return "–" }
        return value >= 1000 ? String(format: "%.2fs", value / 1000) : String(format: "%.0fms", value)
    }

    static func list(_ items: [String]) -> String {
        let shown = items.prefix(8).map { TerminalText.safe($0, limit: 40) }.joined(separator: ", ")
        return items.count > 8 ? shown + ", …" : shown
    }
}
