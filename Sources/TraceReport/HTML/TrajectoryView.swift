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

    /// Rows from the trajectory details (else the tool-selection details), in actual-call order.
    private static func alignment(_ score: CaseScore) -> String {
        guard let details = (score.scores[.trajectoryScore] ?? score.scores[.toolSelectionAccuracy])?.details else { return "" }
        var rows: [(key: Double, html: String)] = []
        let outOfOrder = Set((details["out_of_order"]?.arrayValue ?? []).compactMap { $0["index"]?.int64Value })
        let pairs = details["alignment"]?.arrayValue ?? details["matched"]?.arrayValue ?? []
        var actualByExpected: [Int64: Double] = [:]
        for pair in pairs {
            let expectedIndex = pair["expected"]?["index"]?.int64Value ?? 0
            let actualIndex = Double(pair["actual"]?["index"]?.int64Value ?? 0)
            actualByExpected[expectedIndex] = actualIndex
            let label = outOfOrder.contains(expectedIndex) ? ("order", "out of order") : ("matched", "matched")
            rows.append((actualIndex, row(label, expected: pair["expected"], actual: pair["actual"])))
        }
        let diffs = Dictionary((details["argument_diffs"]?.arrayValue ?? []).compactMap { diff -> (Int64, JSONValue)? in
            guard let index = diff["expected"]?["index"]?.int64Value, let actual = diff["actual"] else { return nil }
            return (index, actual)
        }, uniquingKeysWith: { first, _ in first })
        for missing in details["missing"]?.arrayValue ?? [] {
            let index = missing["index"]?.int64Value ?? 0
            let before = actualByExpected.filter { $0.key < index }.map(\.value).max() ?? -1
            let label = diffs[index] != nil ? ("args", "argument differs") : ("missing", "missing")
            rows.append((before + 0.5, row(label, expected: missing, actual: diffs[index])))
        }
        for extra in details["extra"]?.arrayValue ?? [] {
            rows.append((Double(extra["index"]?.int64Value ?? 0), row(("extra", "extra"), expected: nil, actual: extra)))
        }
        guard !rows.isEmpty else { return "<p class=\"muted\">No expected or actual tool calls.</p>" }
        return "<h3>Expected vs actual</h3><div class=\"scroll\"><table class=\"alignment\"><thead><tr><th>status</th><th>expected</th>"
            + "<th>actual call</th><th>arguments</th><th>step</th><th>ok</th></tr></thead><tbody>"
            + rows.sorted { $0.key < $1.key }.map(\.html).joined() + "</tbody></table></div>"
    }

    private static func row(_ status: (String, String), expected: JSONValue?, actual: JSONValue?) -> String {
        let ok = actual?["ok"].map { $0 == .bool(true) ? "✓" : "✗ failed" } ?? ""
        return "<tr><td><span class=\"pill \(status.0)\">\(status.1)</span></td>"
            + "<td>\(HTMLText.escape(expected?["tool"]?.stringValue ?? "–"))</td>"
            + "<td>\(HTMLText.escape(actual?["tool"]?.stringValue ?? "–"))</td>"
            + "<td class=\"mono\">\(HTMLText.escape(actual?["arguments"].map { short($0.displayText, 160) } ?? ""))</td>"
            + "<td class=\"num\">\(actual?["step"]?.int64Value.map(String.init) ?? "")</td><td>\(ok)</td></tr>"
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
