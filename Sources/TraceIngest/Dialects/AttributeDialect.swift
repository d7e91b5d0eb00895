/// A family of span attribute names. Several can appear on one span.
public enum AttributeDialect: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    /// OpenTelemetry GenAI semantic conventions, current names (`gen_ai.operation.name`, `gen_ai.usage.input_tokens`).
    case genAI = "gen_ai"
    /// OpenTelemetry GenAI before v1.37 and OpenLLMetry's indexed names (`gen_ai.system`, `gen_ai.usage.prompt_tokens`, `gen_ai.prompt.N.*`).
    case genAILegacy = "gen_ai-legacy"
    /// OpenInference (`openinference.span.kind`, `llm.token_count.*`, `tool.name`, `input.value`).
    case openInference = "openinference"
    /// Future AGI traceAI (`fi.span.kind`, `gen_ai.span.kind`), read like OpenInference.
    case traceAI = "traceai"
    /// OpenLLMetry's own names (`traceloop.span.kind`, `llm.request.type`).
    case openLLMetry = "openllmetry"
    /// The Vercel AI SDK's telemetry (`ai.operationId`, `ai.toolCall.*`, `ai.usage.*`, `ai.response.*`).
    case vercelAI = "vercel-ai"

    /// Orders by name, for stable summaries.
    public static func < (lhs: AttributeDialect, rhs: AttributeDialect) -> Bool { lhs.rawValue < rhs.rawValue }

    /// The dialects present in one span's attributes.
    public static func detect(in attributes: [String: JSONValue]) -> Set<AttributeDialect> {
        var found: Set<AttributeDialect> = []
        for key in attributes.keys {
            if key == "openinference.span.kind" || key.hasPrefix("llm.token_count.") || key == "llm.model_name"
                || key.hasPrefix("llm.input_messages.") || key.hasPrefix("llm.output_messages.") || key == "tool.name" {
                found.insert(.openInference)
            } else if key == "fi.span.kind" || key == "gen_ai.span.kind" {
                found.insert(.traceAI)
            } else if key == "gen_ai.system" || key == "gen_ai.usage.prompt_tokens" || key == "gen_ai.usage.completion_tokens"
                || key.hasPrefix("gen_ai.prompt.") || key.hasPrefix("gen_ai.completion.") {
                found.insert(.genAILegacy)
            } else if key.hasPrefix("ai.") {
                found.insert(.vercelAI)
            } else if key.hasPrefix("traceloop.") || key == "llm.request.type" {
                found.insert(.openLLMetry)
            } else if key.hasPrefix("gen_ai.") {
                found.insert(.genAI)
            }
        }
        return found
    }
}

import TraceModel
