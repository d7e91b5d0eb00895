import Foundation
import TraceEval
import TraceModel

/// One case's trajectory: expected and actual steps aligned row by row (matched, missing, extra,
/// out of order, argument differences), then every span with its tokens, latency, status and stop reason.
enum TrajectoryView {
    static func render(_ score: CaseScore, trace: Trace?) -> String {
        let status = CaseReason.of(score) == nil ? "pass" : "fail"
        var html = "<details class=\"case trajectory\" id=\"case-\(HTMLText.escape(score.caseId))-\(HTMLText.escape(score.traceId))\">"
        html += "<summary><span class=\"pill \(status)\">\(status)</span> <b>\(HTMLText.escape(score.caseId))</b> · "
            + "\(HTMLText.escape(score.route)) · <span class=\"mono\">\(HTMLText.escape(score.traceId))</span>"
        if let reason = CaseReason.of(score) { html += " — <span class=\"muted\">\(HTMLText.escape(reason))</span>" }
        html += "</summary>"
        if let trace {
            if let query = trace.query { html += "<p><b>Query:</b> \(HTMLText.escape(query))</p>" }
            if let answer = trace.finalAnswer { html += "<p><b>Answer:</b> \(HTMLText.escape(answer))</p>" }
        }
        html += alignment(score)
        if let trace { html += spans(trace) }
        return html + "</details>"
    }

    /// Expected against actual, one row per call (see ``AlignmentRow``).
    private static func alignment(_ score: CaseScore) -> String {
        let rows = AlignmentRow.rows(score)
        guard !rows.isEmpty else { return "<p class=\"muted\">No expected or actual tool calls.</p>" }
        return "<h3>Expected vs actual</h3><div class=\"scroll\">" + table(rows) + "</div>"
    }

    /// The table of `rows`: status, the expected call with its matchers, the actual call with its
    /// argument values, its step and whether it succeeded.
    static func table(_ rows: [AlignmentRow]) -> String {
        var html = "<table class=\"alignment\"><thead><tr><th>status</th><th>expected</th><th>actual</th>"
            + "<th class=\"num\">step</th><th>ok</th></tr></thead><tbody>"
        for row in rows {
            let pill: String
            switch row.status {
            case .matched: pill = "matched"
            case .outOfOrder: pill = "order"
            case .argumentsDiffer: pill = "args"
            case .missing: pill = "missing"
            case .extra: pill = "extra"
            }
            let ok = row.succeeded.map { $0 ? "✓" : "✗ failed" } ?? "–"
            html += "<tr><td><span class=\"pill \(pill)\">\(row.status.rawValue)</span></td>"
                + "<td class=\"mono\">\(HTMLText.escape(short(row.expected ?? "–", 200)))</td>"
                + "<td class=\"mono\">\(HTMLText.escape(short(row.actual ?? "–", 200)))</td>"
                + "<td class=\"num\">\(row.step.map(String.init) ?? "–")</td><td>\(ok)</td></tr>"
        }
        return html + "</tbody></table>"
    }

    private static func spans(_ trace: Trace) -> String {
        var html = "<h3>Spans</h3><div class=\"scroll\"><table class=\"spans\"><thead><tr><th>step</th><th>kind</th><th>span</th>"
            + "<th>route</th><th>model</th><th class=\"num\">tokens in→out</th><th class=\"num\">latency</th><th>status</th><th>stop</th></tr></thead><tbody>"
        for span in trace.spans {
            let what = span.tool.map { "\($0.name)(\(short($0.arguments?.displayText ?? "", 120)))" } ?? span.name
            let tokens = span.usage.map { "\($0.input)→\($0.output)" } ?? ""
            html += "<tr><td class=\"num\">\(span.step)</td><td>\(span.kind.rawValue)</td><td class=\"mono\">\(HTMLText.escape(what))</td>"
                + "<td>\(HTMLText.escape(span.route ?? ""))</td><td>\(HTMLText.escape(span.model ?? ""))</td><td class=\"num\">\(tokens)</td>"
                + "<td class=\"num\">\(TerminalText.duration(nanos: span.latencyNanos))</td>"
                + "<td>\(span.status.isError ? "<span class=\"pill fail\">error</span> " + HTMLText.escape(short(span.status.message ?? "", 120)) : "ok")</td>"
                + "<td>\(HTMLText.escape(span.stopReason.map(TrajectoryTreeRenderer.describe) ?? ""))</td></tr>"
        }
        return html + "</tbody></table></div>"
    }

    static func short(_ text: String, _ limit: Int) -> String {
        text.count > limit ? String(text.prefix(limit - 1)) + "…" : text
    }
}
