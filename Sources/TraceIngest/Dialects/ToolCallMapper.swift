import TraceModel

/// Reads the tool a span executes and the tool calls a model span requests, across dialects.
enum ToolCallMapper {
    /// The tool executed by a tool span (name, arguments, call id, result).
    static func executed(_ lookup: AttributeLookup, name: String) -> ToolCall {
        let toolName = lookup.text("gen_ai.tool.name", "tool.name", "ai.toolCall.name")
            ?? lookup.text("traceloop.entity.name")
            ?? stripped(name)
        var arguments = lookup.first("gen_ai.tool.call.arguments", "input.value").map(AttributeLookup.decodeEmbedded)
        if arguments == nil, let parameters = lookup.first("tool.parameters").map(AttributeLookup.decodeEmbedded),
           !looksLikeSchema(parameters) {
            arguments = parameters
        }
        if arguments == nil {
            arguments = lookup.first("tool_arguments", "ai.toolCall.args", "traceloop.entity.input",
                                     "gcp.vertex.agent.tool_call_args").map(AttributeLookup.decodeEmbedded)
        }
        let result = lookup.first("gen_ai.tool.call.result", "output.value", "tool_response", "ai.toolCall.result",
                                  "traceloop.entity.output", "gcp.vertex.agent.tool_response").map(\.displayText)
        let callId = lookup.first("gen_ai.tool.call.id", "tool.id", "tool_call_id", "ai.toolCall.id").flatMap(callIdentifier)
        return ToolCall(name: toolName, arguments: arguments, callId: callId, result: result)
    }

    /// A call id; an array (Microsoft Agent Framework writes `[run_id, call_id]`) yields the `call_` element, else the last.
    static func callIdentifier(_ value: JSONValue) -> String? {
        let items = AttributeLookup.stringList(value)
        if items.count > 1 { return items.first(where: { $0.hasPrefix("call_") }) ?? items.last }
        return items.first ?? value.stringValue
    }

    /// The tool calls a model span asked for, from whichever dialect carries them.
    static func requested(_ lookup: AttributeLookup) -> [ToolCall] {
        if let items = lookup.outputMessages?.array {
            let calls = items.flatMap { MessageParts.toolCalls(in: $0) }
            if !calls.isEmpty { return calls }
        }
        // Vercel AI SDK: ai.response.toolCalls, [{toolCallId, toolName, input | args}].
        if let vercel = lookup.first("ai.response.toolCalls").map(AttributeLookup.decodeEmbedded), case .array(let items) = vercel {
            let calls = items.compactMap { item -> ToolCall? in
                guard let name = item["toolName"]?.stringValue else { return nil }
                return ToolCall(name: name, arguments: (item["input"] ?? item["args"]).map(AttributeLookup.decodeEmbedded),
                                callId: item["toolCallId"]?.stringValue)
            }
            if !calls.isEmpty { return calls }
        }
        var calls: [ToolCall] = []
        for message in lookup.indexed("llm.output_messages.") {
            calls += flattened(AttributeLookup(attributes: message.fields).indexed("message.tool_calls."),
                               name: "tool_call.function.name", arguments: "tool_call.function.arguments", id: "tool_call.id")
        }
        if !calls.isEmpty { return calls }
        for completion in lookup.indexed("gen_ai.completion.") {
            let fields = AttributeLookup(attributes: completion.fields)
            calls += flattened(fields.indexed("tool_calls."), name: "name", arguments: "arguments", id: "id")
            // LiteLLM: gen_ai.completion.N.function_call.{name,arguments} (the legacy single function call).
            if let name = fields.text("function_call.name") {
                calls.append(ToolCall(name: name, arguments: fields.first("function_call.arguments").map(AttributeLookup.decodeEmbedded)))
            }
            if let content = fields.first("content").map(AttributeLookup.decodeEmbedded), case .array(let parts) = content {
                calls += parts.compactMap(openAIToolCall)
            }
        }
        return calls
    }

    /// An OpenAI-style `{id, function: {name, arguments}}` tool call.
    static func openAIToolCall(_ value: JSONValue) -> ToolCall? {
        guard let name = value["function"]?["name"]?.stringValue ?? value["name"]?.stringValue else { return nil }
        let arguments = (value["function"]?["arguments"] ?? value["arguments"]).map(AttributeLookup.decodeEmbedded)
        return ToolCall(name: name, arguments: arguments, callId: value["id"].flatMap(callIdentifier))
    }

    private static func flattened(
        _ groups: [(index: Int, fields: [String: JSONValue])], name: String, arguments: String, id: String
    ) -> [ToolCall] {
        groups.compactMap { group in
            guard let toolName = group.fields[name]?.stringValue else { return nil }
            return ToolCall(name: toolName, arguments: group.fields[arguments].map(AttributeLookup.decodeEmbedded),
                            callId: group.fields[id].flatMap(callIdentifier))
        }
    }

    private static func looksLikeSchema(_ value: JSONValue) -> Bool {
        guard let object = value.objectValue else { return false }
        return object["properties"] != nil || (object["type"]?.stringValue == "object")
    }

    private static func stripped(_ name: String) -> String {
        for prefix in ["execute_tool ", "running tool: ", "tool."] where name.hasPrefix(prefix) {
            return String(name.dropFirst(prefix.count))
        }
        return name
    }
}
