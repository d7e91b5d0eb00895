import TraceModel

/// Renders one trace as an indented tree a person can read in a terminal: step, kind, tool and
/// arguments, route, model, tokens, latency, status and stop reason per span.
public struct TrajectoryTreeRenderer: Sendable {
    /// The longest argument or message text shown before cutting.
    public var textLimit: Int

    /// Creates a renderer.
    public init(textLimit: Int = 100) {
        self.textLimit = textLimit
    }

    /// Indentation stops growing at this depth; deeper spans show their depth as a number, so a
    /// chain a million spans deep prints a million short lines, not a terabyte of spaces.
    public static let maxIndent = 32

    /// The whole rendering, lines joined by newlines, ending with a newline.
    public func render(_ trace: Trace, run: String) -> String {
        var out = ""
        render(trace, run: run) { out += $0 + "\n" }
        return out
    }

    /// Hands the rendering to `emit` line by line, so a caller can stream it.
    public func render(_ trace: Trace, run: String, emit: (String) -> Void) {
        header(trace, run: run).forEach(emit)
        emit("")
        emit("step  span")
        var depthById: [String: Int] = [:]
        for span in trace.spans {
            let depth = span.parentSpanId.flatMap { depthById[$0].map { $0 + 1 } } ?? 0
            depthById[span.spanId] = depth
            emit(line(span, depth: depth))
        }
    }

    private func header(_ trace: Trace, run: String) -> [String] {
        let totals = trace.totals
        var first = "trace \(TerminalText.safe(trace.traceId, limit: 80)) · run \(TerminalText.safe(run, limit: 60))"
            + " · \(trace.architecture.rawValue) · format \(trace.format)"
        if !trace.dialects.isEmpty { first += " (\(trace.dialects.joined(separator: ", ")))" }
        var lines = [first]
        if let caseId = trace.caseId { lines.append("case:   \(TerminalText.safe(caseId, limit: textLimit))") }
        if let route = trace.route { lines.append("route:  \(TerminalText.safe(route, limit: textLimit))") }
        if let query = trace.query { lines.append("query:  \(TerminalText.safe(query, limit: textLimit))") }
        if let answer = trace.finalAnswer { lines.append("answer: \(TerminalText.safe(answer, limit: textLimit))") }
        if let outcome = trace.recordedOutcome { lines.append("recorded outcome: \(outcome)") }
        var summary = "totals: \(totals.llmCalls) LLM call\(totals.llmCalls == 1 ? "" : "s") · "
            + "\(totals.toolCalls) tool call\(totals.toolCalls == 1 ? "" : "s") · "
            + "\(totals.usage.input) in / \(totals.usage.output) out tokens · \(TerminalText.duration(nanos: totals.latencyNanos))"
            + " · \(totals.errorCount) error\(totals.errorCount == 1 ? "" : "s")"
        if let stop = totals.finalStopReason { summary += " · final stop \(stop.category.rawValue)" }
        lines.append(summary)
        return lines
    }

    private func line(_ span: Span, depth: Int) -> String {
        let indent = depth <= Self.maxIndent ? String(repeating: "  ", count: depth)
            : String(repeating: "  ", count: Self.maxIndent) + "⋯(depth \(depth)) "
        var text = TerminalText.pad(String(span.step), 4) + "  " + indent + span.kind.rawValue + " "
        if span.kind == .tool, let tool = span.tool {
            text += TerminalText.safe(tool.name, limit: 60) + "(" + arguments(tool.arguments) + ")"
        } else {
            text += TerminalText.safe(span.name, limit: 60)
        }
        var details: [String] = []
        if let route = span.route { details.append("route=\(TerminalText.safe(route, limit: 40))") }
        if let model = span.model, span.kind == .llm { details.append("model=\(TerminalText.safe(model, limit: 40))") }
        if let usage = span.usage { details.append("tokens=\(usage.input)→\(usage.output)") }
        details.append(TerminalText.duration(nanos: span.latencyNanos))
        details.append(status(span.status))
        if let stop = span.stopReason { details.append("stop=" + Self.describe(stop)) }
        if !span.requestedToolCalls.isEmpty {
            details.append("→ " + span.requestedToolCalls.map { TerminalText.safe($0.name, limit: 40) }.joined(separator: ", "))
        }
        return text + "  [" + details.joined(separator: " · ") + "]"
    }

    /// `toolCalls`, `toolCalls (tool_call)` when the raw word differs, `toolCalls (inferred)` when the format records none.
    static func describe(_ stop: StopReason) -> String {
        if stop.raw.hasSuffix("(inferred)") { return "\(stop.category.rawValue) (inferred)" }
        if stop.raw == stop.category.rawValue { return stop.category.rawValue }
        return "\(stop.category.rawValue) (\(TerminalText.safe(stop.raw, limit: 20)))"
    }

    private func arguments(_ arguments: JSONValue?) -> String {
        guard let arguments else { return "" }
        if case .object(let members) = arguments, members.isEmpty { return "" }
        return TerminalText.safe(arguments.displayText, limit: textLimit)
    }

    private func status(_ status: SpanStatus) -> String {
        switch status.code {
        case .error: return "ERROR" + (status.message.map { ": " + TerminalText.safe($0, limit: 60) } ?? "")
        case .unset where status.message != nil: return "unknown: " + TerminalText.safe(status.message ?? "", limit: 60)
        case .ok, .unset: return "ok"
        }
    }

}
