import Foundation
import TraceEval

/// A comparison (and, when given, the gate's verdict on it) as one self-contained HTML page: the
/// two runs side by side per route, quality against LLM calls, tokens, cost and latency.
public enum CompareHTML {
    /// The page.
    public static func render(_ comparison: Comparison, gate: GateResult? = nil, strict: Bool = false, generatedAt: String? = nil) -> String {
        let title = "tracegate · \(comparison.candidate) vs \(comparison.baseline)"
        var body = "<h1>\(HTMLText.label(title, limit: 200))</h1>"
        if let generatedAt { body += "<p class=\"muted\">Generated \(HTMLText.escape(generatedAt))</p>" }
        body += "<p>Golden dataset <b>\(HTMLText.escape(comparison.golden))</b>. Bars: <span class=\"pill\" style=\"color:var(--a)\">"
            + "\(HTMLText.escape(comparison.baseline))</span> and <span class=\"pill\" style=\"color:var(--b)\">\(HTMLText.escape(comparison.candidate))</span>.</p>"
        if let gate { body += banner(gate, strict: strict) }
        // Overall first, then each route: one small-multiples chart per measure across the groups,
        // the baseline bar above the candidate's; the legend above names the runs, so labels are never cut.
        let groups = [comparison.overall] + comparison.routes
        body += "<h2>Overview <span class=\"muted\">· overall, then by route</span></h2><div class=\"charts\">"
        for metric in Metric.allCases where groups.contains(where: { $0.metric(metric) != nil }) {
            let bars = groups.flatMap { group -> [SVGChart.Bar] in
                guard let value = group.metric(metric) else { return [] }
                return [SVGChart.Bar(label: group.route, value: value.baseline, style: "a"), SVGChart.Bar(label: "", value: value.candidate, style: "b")]
            }
            body += "<figure>" + SVGChart.bars(bars, title: "\(metric.rawValue) by route", maximum: 1)
                + "<figcaption class=\"muted\">\(metric.rawValue) (mean, 0–1)</figcaption></figure>"
        }
        for (name, caption, unit, format) in Self.costCharts {
            let bars = groups.flatMap { group -> [SVGChart.Bar] in
                guard let cost = group.costs.first(where: { $0.name == name }), let base = cost.baseline, let next = cost.candidate else { return [] }
                return [SVGChart.Bar(label: group.route, value: base, style: "a"), SVGChart.Bar(label: "", value: next, style: "b")]
            }
            guard !bars.isEmpty else { continue }
            body += "<figure>" + SVGChart.bars(bars, title: caption, format: format, unit: unit)
                + "<figcaption class=\"muted\">\(caption)</figcaption></figure>"
        }
        body += "</div>"
        for route in groups {
            body += "<h2>\(HTMLText.label(route.route)) <span class=\"muted\">· \(route.pairedCases) paired cases</span></h2>" + table(route, comparison)
        }
        if !comparison.missingFromCandidate.isEmpty {
            body += "<h2>Cases with no candidate trace</h2><p class=\"mono\">" + comparison.missingFromCandidate.map(HTMLText.escape).joined(separator: ", ") + "</p>"
        }
        return HTMLPage.render(title: title, body: body)
    }

    /// The cost-side charts: measure, caption, unit, number format.
    static let costCharts: [(String, String, String, String)] = [
        ("llm_calls", "LLM calls per trace (mean)", "", "%.1f"),
        ("tokens", "tokens per trace (mean)", " tok", "%.0f"),
        ("cost_usd", "cost per trace (mean, USD)", " $", "%.4f"),
        ("latency_ms_p95", "latency p95 (ms)", " ms", "%.0f"),
    ]

    private static func banner(_ gate: GateResult, strict: Bool) -> String {
        let failed = gate.status == .fail || (strict && gate.status == .warn)
        let state = failed ? "fail" : gate.status.rawValue
        var html = "<section class=\"banner \(state)\"><strong>Gate \(failed ? "failed" : gate.status == .warn ? "passed with warnings" : "passed")</strong><ul>"
        for line in gate.lines where line.status != .pass {
            html += "<li><span class=\"pill \(line.status.rawValue)\">\(line.status.rawValue)</span> \(HTMLText.escape(line.reason))</li>"
        }
        html += gate.notes.map { "<li><span class=\"pill\">note</span> \(HTMLText.escape($0))</li>" }.joined()
        return html + "</ul><span class=\"muted\">\(gate.lines(.pass).count) check(s) passed</span></section>" + evidence(gate.evidence)
    }

    /// Each regressed case: expected calls (with matchers) beside actual calls (with values).
    public static func evidence(_ items: [CaseEvidence]) -> String {
        guard !items.isEmpty else { return "" }
        var html = "<h2>Cases that went pass → fail</h2>"
        for item in items {
            html += "<h3 class=\"mono\">\(HTMLText.label(item.caseId)) <span class=\"muted\">· route \(HTMLText.label(item.route)) · "
                + item.metrics.map(\.rawValue).joined(separator: ", ") + "</span></h3>"
            html += "<div class=\"scroll\">" + TrajectoryView.table(item.rows) + "</div>"
            html += "</tbody></table></div>"
        }
        return html
    }

    private static func table(_ route: RouteComparison, _ comparison: Comparison) -> String {
        var html = "<div class=\"scroll\"><table><thead><tr><th>measure</th><th class=\"num\">\(HTMLText.escape(comparison.baseline))</th>"
            + "<th class=\"num\">\(HTMLText.escape(comparison.candidate))</th><th class=\"num\">change</th><th>95% CI</th><th class=\"num\">pass → fail</th><th class=\"num\">p</th></tr></thead><tbody>"
        for metric in route.metrics {
            html += "<tr><td>\(metric.metric.rawValue)</td>" + String(format: "<td class=\"num\">%.3f</td><td class=\"num\">%.3f</td><td class=\"num\">%+.3f</td>",
                                                                       metric.baseline, metric.candidate, metric.difference)
                + "<td>\(HTMLText.escape(metric.intervalText))</td><td class=\"num\">\(metric.worse)</td><td class=\"num\">\(HTMLText.escape(metric.pText))</td></tr>"
        }
        for cost in route.costs {
            html += "<tr><td>\(cost.name)</td><td class=\"num\">\(CompareTable.value(cost.baseline))</td><td class=\"num\">\(CompareTable.value(cost.candidate))</td>"
                + "<td class=\"num\">\(cost.relativeChange.map { String(format: "%+.0f%%", $0 * 100) } ?? "–")</td><td></td><td></td><td></td></tr>"
        }
        html += "</tbody></table></div>"
        let moved = route.steps.filter { abs($0.change) > 1e-9 }
        if !moved.isEmpty {
            html += "<p>Steps missed or failed: " + moved.map {
                String(format: "<b>%@</b> %.0f%% → %.0f%%", HTMLText.escape($0.tool), $0.baselineRate * 100, $0.candidateRate * 100)
            }.joined(separator: "; ") + "</p>"
        }
        if !route.passToFail.isEmpty {
            html += "<p>Task completion pass → fail: <span class=\"mono\">" + route.passToFail.map(HTMLText.escape).joined(separator: ", ") + "</span></p>"
        }
        return html
    }
}
