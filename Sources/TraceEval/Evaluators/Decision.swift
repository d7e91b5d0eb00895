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

    /// Every span that records a decision, including guardrails read as decisions. A decision on a
    /// tool span that names no call governs that span's own call.
    static func all(in trace: Trace) -> [Decision] {
        trace.spans.compactMap { span in
            guard let decision = span.decision else { return nil }
            let ownCall = span.kind == .tool && decision.toolCallId == nil && decision.tool == nil
            return Decision(verdict: decision.verdict, toolCallId: decision.toolCallId ?? (span.kind == .tool ? span.tool?.callId : nil),
                            tool: ownCall ? span.tool?.name : decision.tool, spanId: span.spanId, end: span.end)
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
