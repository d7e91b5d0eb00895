/// Why a model stopped generating, normalized, with the exporter's own word kept beside it.
public struct StopReason: Sendable, Hashable, Codable {
    /// The normalized categories that every finish-reason vocabulary maps onto.
    public enum Category: String, Sendable, Hashable, Codable, CaseIterable {
        case stop
        case length
        case toolCalls
        case contentFilter
        case error
        case other
    }

    /// The normalized category.
    public let category: Category
    /// The value as exported (for example `tool_call`, `end_turn`, `max_tokens`).
    public let raw: String

    /// Creates a stop reason from its category and raw value.
    public init(category: Category, raw: String) {
        self.category = category
        self.raw = raw
    }

    /// Normalizes a raw finish reason from OpenAI, the OTel message enum, Anthropic, Gemini and others.
    ///
    /// OpenAI says `tool_calls`, the OTel GenAI message schema says `tool_call`, Anthropic says
    /// `tool_use`; all three are ``Category/toolCalls``. Unknown words become ``Category/other``.
    public init(raw: String) {
        self.raw = raw
        switch raw.lowercased() {
        case "stop", "end_turn", "stop_sequence", "end", "completed", "finish", "eos":
            category = .stop
        case "length", "max_tokens", "max_output_tokens", "model_length", "incomplete":
            category = .length
        case "tool_calls", "tool_call", "tool_use", "function_call", "toolcalls", "tool-calls":
            category = .toolCalls
        case "content_filter", "safety", "recitation", "blocklist", "prohibited_content", "refusal":
            category = .contentFilter
        case "error", "failed", "exception":
            category = .error
        default:
            category = .other
        }
    }
}
