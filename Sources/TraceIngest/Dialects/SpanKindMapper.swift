import TraceModel

/// Decides a span's ``SpanKind`` from its attributes, in the precedence order of FORMATS.md §7.
enum SpanKindMapper {
    /// The kind of a span with these attributes and this name.
    static func kind(_ lookup: AttributeLookup, name: String) -> SpanKind {
        if let word = lookup.text("openinference.span.kind", "fi.span.kind", "gen_ai.span.kind"),
           let kind = fromOpenInference(word) {
            return kind
        }
        if let operation = lookup.text("gen_ai.operation.name"), let kind = fromOperation(operation) {
            return kind
        }
        if let word = lookup.text("traceloop.span.kind"), let kind = fromTraceloop(word) {
            return kind
        }
        if let operation = lookup.text("ai.operationId"), let kind = fromVercel(operation) {
            return kind
        }
        if lookup.text("llm.request.type") != nil { return .llm }
        if lookup.first("tracegate.decision") != nil { return .guardrail }
        if lookup.first("gen_ai.tool.name", "tool.name") != nil { return .tool }
        if lookup.first("gen_ai.request.model", "gen_ai.response.model", "llm.model_name") != nil,
           lookup.first("gen_ai.usage.input_tokens", "gen_ai.usage.prompt_tokens", "llm.token_count.prompt",
                        "gen_ai.usage.output_tokens", "llm.token_count.completion") != nil {
            return .llm
        }
        return .other
    }

    /// OpenInference (and traceAI) span kinds.
    static func fromOpenInference(_ word: String) -> SpanKind? {
        switch word.uppercased() {
        case "LLM": return .llm
        case "TOOL": return .tool
        case "AGENT": return .agent
        case "CHAIN", "CONVERSATION", "A2A_CLIENT", "A2A_SERVER": return .chain
        case "RETRIEVER", "RERANKER", "VECTOR_DB": return .retriever
        case "EMBEDDING": return .embedding
        case "GUARDRAIL": return .guardrail
        case "EVALUATOR", "PROMPT", "UNKNOWN": return .other
        default: return nil
        }
    }

    /// `gen_ai.operation.name` values.
    static func fromOperation(_ operation: String) -> SpanKind? {
        switch operation {
        case "chat", "text_completion", "generate_content", "completion", "generate": return .llm
        case "execute_tool": return .tool
        case "invoke_agent", "create_agent": return .agent
        case "invoke_workflow": return .chain
        case "retrieval": return .retriever
        case "embeddings": return .embedding
        default: return nil
        }
    }

    /// Vercel AI SDK `ai.operationId` values: the provider call (`…doGenerate`, `…doStream`) is
    /// the model call, the outer `ai.generateText` / `ai.streamText` span runs the tool loop.
    static func fromVercel(_ operation: String) -> SpanKind? {
        if operation == "ai.toolCall" { return .tool }
        if operation.hasSuffix(".doGenerate") || operation.hasSuffix(".doStream") { return .llm }
        if ["ai.generateText", "ai.streamText", "ai.generateObject", "ai.streamObject"].contains(operation) { return .agent }
        if operation.hasPrefix("ai.embed") { return .embedding }
        return nil
    }

    /// `traceloop.span.kind` values.
    static func fromTraceloop(_ word: String) -> SpanKind? {
        switch word {
        case "workflow", "task": return .chain
        case "agent": return .agent
        case "tool": return .tool
        default: return nil
        }
    }
}
