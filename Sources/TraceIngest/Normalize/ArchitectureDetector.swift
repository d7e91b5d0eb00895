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
        let tools = ordered.filter { $0.kind == .tool }
        guard !tools.isEmpty else { return .unknown }
        let requestedIds = Set(ordered.flatMap { $0.requestedToolCalls.compactMap(\.callId) })
        let agentIds = Set(ordered.filter { $0.kind == .agent }.map(\.spanId))
        var previousLLM: Span?
        var driven = false
        for (position, span) in ordered.enumerated() {
            if span.kind == .llm { previousLLM = span; continue }
            guard span.kind == .tool else { continue }
            if let parent = span.parentSpanId, agentIds.contains(parent), previousLLM?.parentSpanId == parent,
               ordered[(position + 1)...].contains(where: { $0.kind == .llm && $0.parentSpanId == parent }) {
                driven = true
                break
            }
            if let callId = span.tool?.callId, requestedIds.contains(callId) { driven = true; break }
            if let previousLLM, previousLLM.stopReason?.category == .toolCalls
                || previousLLM.requestedToolCalls.contains(where: { $0.name == span.tool?.name }) {
                driven = true
                break
            }
        }
        if driven { return .llmLed }
        let llmCalls = ordered.count { $0.kind == .llm }
        return llmCalls <= 2 ? .orchestratorLed : .unknown
    }
}
