import TraceModel
import TraceJSON

/// Reads one chat message in any of the shapes exporters use: OTel GenAI `{role, parts[]}`,
/// OpenAI `{role, content, tool_calls}`, and content lists of `{type: text, text}`.
///
/// Messages are read through views, so a message list embedded in an attribute is read in place
/// on the parser's tape, and only the values kept (texts, a tool call's arguments) are made.
enum MessageParts {
    /// The message's role, lower-cased.
    static func role(of message: JSONView) -> String? {
        switch (message["role"].string ?? message["type"].string)?.lowercased() {
        case "human"?: return "user"
        case "ai"?: return "assistant"
        case let role: return role
        }
    }

    /// The text of the message: its text parts joined by newlines.
    static func text(of message: JSONView) -> String? {
        var pieces: [String] = []
        for part in message["parts"].array where (part["type"].string ?? "text") == "text" {
            if let text = part["content"].string ?? part["text"].string { pieces.append(text) }
        }
        let content = message["content"]
        if let text = content.string {
            pieces.append(text)
        } else {
            for item in content.array {
                if let text = item.string ?? item["text"].string { pieces.append(text) }
            }
        }
        let joined = pieces.filter { !$0.isEmpty }.joined(separator: "\n")
        return joined.isEmpty ? nil : joined
    }

    /// The tool calls in the message: `tool_call` parts or an OpenAI `tool_calls` list.
    static func toolCalls(in message: JSONView) -> [ToolCall] {
        var calls: [ToolCall] = []
        for part in message["parts"].array where part["type"].string == "tool_call" {
            guard let name = part["name"].string else { continue }
            calls.append(ToolCall(
                name: name,
                arguments: part["arguments"].value.map(AttributeLookup.decodeEmbedded),
                callId: part["id"].value.flatMap(ToolCallMapper.callIdentifier)
            ))
        }
        let list = message["tool_calls"].isArray ? message["tool_calls"] : message["additional_kwargs"]["tool_calls"]
        for call in list.array {
            if let parsed = call.value.flatMap(ToolCallMapper.openAIToolCall) { calls.append(parsed) }
        }
        return calls
    }

    /// The finish reason a GenAI output message carries.
    static func finishReason(of message: JSONView) -> String? {
        message["finish_reason"].string
    }
}
