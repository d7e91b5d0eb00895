import Foundation
import TraceEval
import TraceModel

/// A run's scores as one self-contained HTML page: summary banner, per-route bar charts with
/// interval whiskers, latency and token distributions, the fail rate by step, a sortable and
/// filterable per-case table, and each case's trajectory view.
public enum ScoreHTML {
    /// The page. `traces` (by id) fill the trajectory views; `generatedAt` is printed only when given.
    public static func render(_ score: RunScore, traces: [String: Trace], floors: GateResult? = nil, generatedAt: String? = nil) -> String {
        let title = "tracegate · \(score.run) against \(score.golden)"
        var body = "<h1>\(HTMLText.label(title, limit: 200))</h1>"
        if let generatedAt { body += "<p class=\"muted\">Generated \(HTMLText.escape(generatedAt))</p>" }
        body += banner(score, floors: floors)
        body += "<h2>Per route</h2><div class=\"charts\">"
        for metric in Metric.allCases where score.overall.metrics[metric] != nil {
            let bars = score.routes.compactMap { route in
                route.metrics[metric].map { SVGChart.Bar(label: route.name, value: $0.mean, interval: $0.ci95) }
            }
            body += "<figure>" + SVGChart.bars(bars, title: "\(metric.rawValue) by route (mean, 95% interval)", maximum: 1)
                + "<figcaption class=\"muted\">\(metric.rawValue): mean with 95% bootstrap interval</figcaption></figure>"
        }
        body += "</div>" + routeTable(score)
        body += "<h2>Distributions</h2><div class=\"charts\">"
        // Formats without timestamps or token counts (message lists, τ-bench) get a note, not a chart of zeros.
        let latencies = score.cases.map(\.stats.latencyMs)
        let tokens = score.cases.map { Double($0.stats.totalTokens) }
        body += latencies.contains { $0 > 0 }
            ? "<figure>" + SVGChart.histogram(latencies, title: "latency per trace", unit: "ms") + "<figcaption class=\"muted\">latency per trace</figcaption></figure>"
            : "<p class=\"muted\">No latency: these traces record no times.</p>"
        body += tokens.contains { $0 > 0 }
            ? "<figure>" + SVGChart.histogram(tokens, title: "tokens per trace", unit: "tokens") + "<figcaption class=\"muted\">tokens per trace</figcaption></figure>"
            : "<p class=\"muted\">No token counts: these traces record none.</p>"
        body += "</div>"
        body += stepTable(score) + caseTable(score)
        body += "<h2>Trajectories</h2><p class=\"muted\">Each case: expected and actual steps aligned, then every span.</p>"
        body += score.cases.map { TrajectoryView.render($0, trace: traces[$0.traceId]) }.joined()
        if !score.unlinkedTraces.isEmpty {
            body += "<h2>Traces that link to no case</h2><p class=\"mono\">" + score.unlinkedTraces.map(HTMLText.escape).joined(separator: ", ") + "</p>"
        }
        if !score.casesWithoutTrace.isEmpty {
            body += "<h2>Cases with no trace (counted as failed)</h2><p class=\"mono\">" + score.casesWithoutTrace.map(HTMLText.escape).joined(separator: ", ") + "</p>"
        }
        return HTMLPage.render(title: title, body: body)
    }

    /// Red whenever a case failed any metric, a case has no trace, a trace links to nothing, or a
    /// floor failed; the headline names what failed.
    private static func banner(_ score: RunScore, floors: GateResult?) -> String {
        let overall = score.overall
        let failedBy = Metric.allCases.compactMap { metric -> String? in
            let failed = Set(score.cases.filter { $0.scores[metric]?.passed == false }.map(\.caseId)).count
            return failed > 0 ? "\(metric.rawValue) (\(failed) case\(failed == 1 ? "" : "s"))" : nil
        }
        var problems: [String] = []
        if !failedBy.isEmpty { problems.append("failed " + failedBy.joined(separator: ", ")) }
        if !score.casesWithoutTrace.isEmpty { problems.append("\(score.casesWithoutTrace.count) case(s) with no trace") }
        if !score.unlinkedTraces.isEmpty { problems.append("\(score.unlinkedTraces.count) trace(s) linked to no case") }
        if score.cases.isEmpty { problems.append("nothing was scored") }
        let floorFailures = floors?.lines(.fail) ?? []
        let state = problems.isEmpty && floorFailures.isEmpty ? "pass" : "fail"
        var html = "<section class=\"banner \(state)\"><strong>"
        html += problems.isEmpty ? "Every case passed every metric" : HTMLText.escape(problems.joined(separator: "; ").prefix(1).uppercased()
            + problems.joined(separator: "; ").dropFirst())
        html += "</strong> · \(overall.traces) traces of \(overall.cases) cases"
        if !floorFailures.isEmpty {
            html += "<ul>" + floorFailures.map { "<li><span class=\"pill fail\">fail</span> \(HTMLText.escape($0.reason))</li>" }.joined() + "</ul>"
        }
        html += "<div class=\"kpis\">"
        for metric in Metric.allCases {
            guard let summary = overall.metrics[metric] else { continue }
            html += String(format: "<div class=\"kpi\"><b>%.2f</b>%@</div>", summary.mean, metric.rawValue)
        }
        html += String(format: "<div class=\"kpi\"><b>%.1f</b>LLM calls / trace</div>", overall.stats.llmCallsMean)
        html += "<div class=\"kpi\"><b>\(ScoreMarkdown.tokens(overall.stats.inputTokensMean + overall.stats.outputTokensMean))</b>tokens / trace</div>"
        if let cost = overall.stats.costMean { html += String(format: "<div class=\"kpi\"><b>$%.4f</b>cost / trace</div>", cost) }
        html += "<div class=\"kpi\"><b>\(ScoreMarkdown.ms(overall.stats.latencyP95))</b>latency p95</div>"
        return html + "</div></section>"
    }

    private static func routeTable(_ score: RunScore) -> String {
        let metrics = Metric.allCases.filter { score.overall.metrics[$0] != nil }
        var html = "<div class=\"scroll\"><table class=\"routes\"><thead><tr><th>route</th><th class=\"num\">cases</th><th class=\"num\">traces</th>"
            + metrics.map { "<th>\($0.shortName)</th>" }.joined()
            + "<th class=\"num\">LLM calls</th><th class=\"num\">tokens</th><th class=\"num\">cost</th><th class=\"num\">p50</th><th class=\"num\">p95</th></tr></thead><tbody>"
        for group in score.routes + [score.overall] {
            html += "<tr><td>\(HTMLText.label(group.name))</td><td class=\"num\">\(group.cases)</td><td class=\"num\">\(group.traces)</td>"
            html += metrics.map { metric in
                group.metrics[metric].map { String(format: "<td>%.2f <span class=\"muted\">[%.2f, %.2f]</span> %.0f%%</td>", $0.mean, $0.ci95.lowerBound, $0.ci95.upperBound, $0.passRate * 100) } ?? "<td>–</td>"
            }.joined()
            html += String(format: "<td class=\"num\">%.1f</td>", group.stats.llmCallsMean)
                + "<td class=\"num\">\(ScoreMarkdown.tokens(group.stats.inputTokensMean + group.stats.outputTokensMean))</td>"
            html += "<td class=\"num\">\(group.stats.costMean.map { String(format: "$%.4f", $0) } ?? "–")</td>"
            html += "<td class=\"num\">\(ScoreMarkdown.ms(group.stats.latencyP50))</td><td class=\"num\">\(ScoreMarkdown.ms(group.stats.latencyP95))</td></tr>"
        }
        return html + "</tbody></table></div>"
    }

    private static func stepTable(_ score: RunScore) -> String {
        guard !score.steps.isEmpty else { return "" }
        var html = "<h2>Fail rate by step</h2><div class=\"scroll\"><table class=\"sortable steps\"><thead><tr><th>route</th><th>step</th>"
            + "<th class=\"num\">expected</th><th class=\"num\">missing</th><th class=\"num\">failed</th><th class=\"num\">fail rate</th></tr></thead><tbody>"
        for step in score.steps.sorted(by: { $0.failRate != $1.failRate ? $0.failRate > $1.failRate : ($0.route, $0.tool) < ($1.route, $1.tool) }) {
            html += "<tr><td>\(HTMLText.label(step.route))</td><td>\(HTMLText.escape(step.tool))</td><td class=\"num\">\(step.expected)</td>"
                + "<td class=\"num\">\(step.missing)</td><td class=\"num\">\(step.failed)</td>"
                + String(format: "<td class=\"num\" data-sort=\"%.4f\">%.0f%%</td></tr>", step.failRate, step.failRate * 100)
        }
        return html + "</tbody></table></div>"
    }

    private static func caseTable(_ score: RunScore) -> String {
        let metrics = Metric.allCases.filter { score.overall.metrics[$0] != nil }
        var html = "<h2>Cases</h2><input type=\"search\" placeholder=\"Filter cases…\" data-filter=\"cases\" aria-label=\"Filter cases\">"
            + "<div class=\"scroll\"><table class=\"sortable\" id=\"cases\"><thead><tr><th>case</th><th>route</th><th>trace</th>"
            + metrics.map { "<th class=\"num\">\($0.shortName)</th>" }.joined()
            + "<th class=\"num\">LLM</th><th class=\"num\">tokens</th><th class=\"num\">latency</th><th>why</th></tr></thead><tbody>"
        for caseScore in score.cases {
            html += "<tr><td><a href=\"#case-\(HTMLText.escape(caseScore.caseId))-\(HTMLText.escape(caseScore.traceId))\">\(HTMLText.escape(caseScore.caseId))</a></td>"
                + "<td>\(HTMLText.escape(caseScore.route))</td><td class=\"mono id\">\(HTMLText.label(caseScore.traceId, limit: 12))</td>"
            html += metrics.map { metric in
                caseScore.scores[metric].map {
                    String(format: "<td class=\"num\" data-sort=\"%.4f\"><span class=\"pill %@\">%.2f</span></td>", $0.score, $0.passed ? "pass" : "fail", $0.score)
                } ?? "<td class=\"num\" data-sort=\"-1\">–</td>"
            }.joined()
            html += "<td class=\"num\">\(caseScore.stats.llmCalls)</td><td class=\"num\" data-sort=\"\(caseScore.stats.totalTokens)\">\(ScoreMarkdown.tokens(Double(caseScore.stats.totalTokens)))</td>"
                + String(format: "<td class=\"num\" data-sort=\"%.1f\">%@</td>", caseScore.stats.latencyMs, ScoreMarkdown.ms(caseScore.stats.latencyMs))
                + "<td>\(HTMLText.escape(CaseReason.of(caseScore) ?? ""))</td></tr>"
        }
        return html + "</tbody></table></div>"
    }
}
