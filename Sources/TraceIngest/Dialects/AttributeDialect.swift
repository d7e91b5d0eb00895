import TraceModel

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
        // A span's keys name one or two families many times over: note each family as a bit,
        // and make the set once from the bits.
        var bits: UInt8 = 0
        for key in attributes.keys {
            if let dialect = dialect(of: key) { bits |= 1 << dialect.position }
        }
        guard bits != 0 else { return [] }
        return Set(allCases.filter { bits & (1 << $0.position) != 0 })
    }

    /// The dialect's place in ``allCases``, as a bit position.
    private var position: UInt8 {
        switch self {
        case .genAI: 0
        case .genAILegacy: 1
        case .openInference: 2
        case .traceAI: 3
        case .openLLMetry: 4
        case .vercelAI: 5
        }
    }

    /// The dialect a key belongs to, if any. Keys are told apart by their first byte, and then by
    /// name; where two families share a first byte, the more specific names are tried first.
    static func dialect(of key: String) -> AttributeDialect? {
        switch key.utf8.first {
        case UInt8(ascii: "o"):
            return key == "openinference.span.kind" ? .openInference : nil
        case UInt8(ascii: "l"):
            if key.hasPrefix("llm.token_count.") || key == "llm.model_name" || key.hasPrefix("llm.input_messages.")
                || key.hasPrefix("llm.output_messages.") {
                return .openInference
            }
            return key == "llm.request.type" ? .openLLMetry : nil
        case UInt8(ascii: "t"):
            if key == "tool.name" { return .openInference }
            return key.hasPrefix("traceloop.") ? .openLLMetry : nil
        case UInt8(ascii: "f"):
            return key == "fi.span.kind" ? .traceAI : nil
        case UInt8(ascii: "g"):
            if key == "gen_ai.span.kind" { return .traceAI }
            if key == "gen_ai.system" || key == "gen_ai.usage.prompt_tokens" || key == "gen_ai.usage.completion_tokens"
                || key.hasPrefix("gen_ai.prompt.") || key.hasPrefix("gen_ai.completion.") {
                return .genAILegacy
            }
            return key.hasPrefix("gen_ai.") ? .genAI : nil
        case UInt8(ascii: "a"):
            return key.hasPrefix("ai.") ? .vercelAI : nil
        default:
            return nil
        }
    }
}
