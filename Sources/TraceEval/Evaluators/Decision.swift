import TraceModel

/// A policy decision read from a span (GOLDEN.md "Decisions").
struct Decision {
    let verdict: String
    let toolCallId: String?
    let tool: String?
    let spanId: String
    let end: Int64

    var allows: Bool { verdict == "allow" || verdict == "approved" }
    var denies: Bool { verdict == "deny" || verdict == "rejected" }

    /// Every span carrying `tracegate.decision`, including guardrails read as decisions.
    static func all(in trace: Trace) -> [Decision] {
        trace.spans.compactMap { span in
            guard let verdict = span.attributes["tracegate.decision"]?.stringValue?.lowercased() else { return nil }
            let callId = span.attributes["tracegate.decision.tool_call_id"]?.stringValue
            var tool = span.attributes["tracegate.decision.tool"]?.stringValue
            if span.kind == .tool, callId == nil, tool == nil { tool = span.tool?.name }
            return Decision(verdict: verdict, toolCallId: callId ?? (span.kind == .tool ? span.tool?.callId : nil),
                            tool: tool, spanId: span.spanId, end: span.end)
        }
    }

    /// True when this decision names `call` (by call id, else by tool name) or sits on its own span.
    func governs(_ call: ActualCall) -> Bool {
        if spanId == call.spanId { return true }
        if let toolCallId, let callId = call.callId { return toolCallId == callId }
        if toolCallId != nil { return false }
        return tool == call.name
    }
}
