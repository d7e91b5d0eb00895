import TraceModel

/// Reads one chat message in any of the shapes exporters use: OTel GenAI `{role, parts[]}`,
/// OpenAI `{role, content, tool_calls}`, and content lists of `{type: text, text}`.
enum MessageParts {
    /// The message's role, lower-cased.
    static func role(of message: JSONValue) -> String? {
        switch (message["role"]?.stringValue ?? message["type"]?.stringValue)?.lowercased() {
        case "human"?: return "user"
        case "ai"?: return "assistant"
        case let role: return role
        }
    }

    /// The text of the message: its text parts joined by newlines.
    static func text(of message: JSONValue) -> String? {
        var pieces: [String] = []
        if let parts = message["parts"]?.arrayValue {
            for part in parts where (part["type"]?.stringValue ?? "text") == "text" {
                if let text = part["content"]?.stringValue ?? part["text"]?.stringValue { pieces.append(text) }
            }
        }
        switch message["content"] {
        case .string(let text)?:
            pieces.append(text)
        case .array(let items)?:
            for item in items {
                if let text = item.stringValue ?? item["text"]?.stringValue { pieces.append(text) }
            }
        default:
            break
        }
        let joined = pieces.filter { !$0.isEmpty }.joined(separator: "\n")
        return joined.isEmpty ? nil : joined
    }

    /// The tool calls in the message: `tool_call` parts or an OpenAI `tool_calls` list.
    static func toolCalls(in message: JSONValue) -> [ToolCall] {
        var calls: [ToolCall] = []
        for part in message["parts"]?.arrayValue ?? [] where part["type"]?.stringValue == "tool_call" {
            guard let name = part["name"]?.stringValue else { continue }
            calls.append(ToolCall(
                name: name,
                arguments: part["arguments"].map(AttributeLookup.decodeEmbedded),
                callId: part["id"].flatMap(ToolCallMapper.callIdentifier)
            ))
        }
        for call in (message["tool_calls"]?.arrayValue ?? message["additional_kwargs"]?["tool_calls"]?.arrayValue) ?? [] {
            if let parsed = ToolCallMapper.openAIToolCall(call) { calls.append(parsed) }
        }
        return calls
    }

    /// The finish reason a GenAI output message carries.
    static func finishReason(of message: JSONValue) -> String? {
        message["finish_reason"]?.stringValue
    }
}
