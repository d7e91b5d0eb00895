import TraceModel

/// Tells LLM-led loops from orchestrator-led pipelines by who drives the tool calls.
///
/// - LLM-led: some tool execution answers a tool call that a model span requested (matched by
///   call id, or the nearest preceding model span stopped for tool calls or listed tool calls), or
///   a tool runs between two model calls that are its siblings inside one agent span (the loop
///   decide → tool → observe → decide, for exporters that record no finish reason).
/// - Orchestrator-led: tools ran, none of them driven that way, and there were at most two model
///   calls (a routing call and a synthesis call).
/// - Unknown otherwise (no tools, or many model calls none of which asked for the tools).
enum ArchitectureDetector {
    static func detect(_ ordered: [Span]) -> Architecture {
        guard ordered.contains(where: { $0.kind == .tool }) else { return .unknown }
        // Spans are named by position and read in place, never copied.
        var requestedIds = Set<String>()
        var agentIds = Set<String>()
        for index in ordered.indices {
            for call in ordered[index].requestedToolCalls { if let id = call.callId { requestedIds.insert(id) } }
            if ordered[index].kind == .agent { agentIds.insert(ordered[index].spanId) }
        }
        var previousLLM: Int?
        var driven = false
        for position in ordered.indices {
            if ordered[position].kind == .llm { previousLLM = position; continue }
            guard ordered[position].kind == .tool else { continue }
            if let parent = ordered[position].parentSpanId, agentIds.contains(parent),
               let previousLLM, ordered[previousLLM].parentSpanId == parent,
               ordered[(position + 1)...].contains(where: { $0.kind == .llm && $0.parentSpanId == parent }) {
                driven = true
                break
            }
            if let callId = ordered[position].tool?.callId, requestedIds.contains(callId) { driven = true; break }
            if let previousLLM, ordered[previousLLM].stopReason?.category == .toolCalls
                || ordered[previousLLM].requestedToolCalls.contains(where: { $0.name == ordered[position].tool?.name }) {
                driven = true
                break
            }
        }
        if driven { return .llmLed }
        let llmCalls = ordered.count { $0.kind == .llm }
        return llmCalls <= 2 ? .orchestratorLed : .unknown
    }
}
