import TraceModel
import TraceJSON

/// Reads a provider's raw response JSON (OpenInference `output.value`): Chat Completions
/// `choices[]`, Anthropic `stop_reason`/`content[]`, and the Responses API `output[]`.
enum RawResponse {
    /// The finish reason stated in the response.
    static func finishReason(_ response: JSONValue) -> String? {
        if let choice = response["choices"]?.arrayValue?.first, let reason = choice["finish_reason"]?.stringValue {
            return reason
        }
        if let reason = response["stop_reason"]?.stringValue ?? response["finish_reason"]?.stringValue { return reason }
        if let output = response["output"]?.arrayValue {
            if output.contains(where: { $0["type"]?.stringValue == "function_call" }) { return "tool_calls" }
            if response["incomplete_details"]?.objectValue != nil { return "length" }
            if response["status"]?.stringValue == "completed" { return "stop" }
        }
        return nil
    }

    /// The tool calls requested in the response.
    static func toolCalls(_ response: JSONValue) -> [ToolCall] {
        if let message = response["choices"]?.arrayValue?.first?["message"] {
            return MessageParts.toolCalls(in: JSONView(message))
        }
        var calls: [ToolCall] = []
        for item in response["output"]?.arrayValue ?? [] where item["type"]?.stringValue == "function_call" {
            guard let name = item["name"]?.stringValue else { continue }
            calls.append(ToolCall(name: name, arguments: item["arguments"].map(AttributeLookup.decodeEmbedded),
                                  callId: item["call_id"]?.stringValue ?? item["id"]?.stringValue))
        }
        for item in response["content"]?.arrayValue ?? [] where item["type"]?.stringValue == "tool_use" {
            guard let name = item["name"]?.stringValue else { continue }
            calls.append(ToolCall(name: name, arguments: item["input"], callId: item["id"]?.stringValue))
        }
        return calls
    }

    /// The assistant text in the response.
    static func text(_ response: JSONValue) -> String? {
        if let message = response["choices"]?.arrayValue?.first?["message"] { return MessageParts.text(of: JSONView(message)) }
        var texts: [String] = []
        for item in response["output"]?.arrayValue ?? [] where item["type"]?.stringValue == "message" {
            for part in item["content"]?.arrayValue ?? [] {
                if let text = part["text"]?.stringValue { texts.append(text) }
            }
        }
        if texts.isEmpty, let text = response["text"]?.stringValue { texts.append(text) }
        return texts.isEmpty ? nil : texts.joined(separator: "\n")
    }
}
