/// What a span does in an agent run, normalized across every trace format.
public enum SpanKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// A model call (chat, completion, generation, response).
    case llm
    /// A tool execution.
    case tool
    /// An agent invocation that groups model and tool calls.
    case agent
    /// A workflow, pipeline stage, graph node or other grouping step.
    case chain
    /// A retrieval or rerank step.
    case retriever
    /// A guardrail, approval or other policy decision.
    case guardrail
    /// A handoff from one agent to another.
    case handoff
    /// An embedding call.
    case embedding
    /// Anything else (HTTP spans, unknown custom spans).
    case other
}
