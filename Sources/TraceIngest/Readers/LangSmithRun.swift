import TraceModel
import TraceJSON

/// Maps one merged LangSmith run onto a span (FORMATS.md §4.3).
enum LangSmithRun {
    static func span(_ run: JSONView, id: String, traceId: String, start: Int64) -> Span {
        let runType = run["run_type"].string ?? "chain"
        let end = Timestamp.nanoseconds(isoOrMillis: run["end_time"]) ?? start
        let error = run["error"].nonEmptyString
        var span = Span(traceId: traceId, spanId: id, parentSpanId: run["parent_run_id"].scalarText, kind: kind(runType),
                        name: run["name"].string ?? runType, start: start, end: end,
                        status: error.map { SpanStatus(code: .error, message: String($0.prefix(500))) } ?? SpanStatus(code: .ok),
                        attributes: ["langsmith.run_type": .string(runType)])
        span.route = run["extra"]["metadata"]["langgraph_node"].string
        if let caseId = run["extra"]["metadata"]["case_id"].scalarText { span.attributes["tracegate.case_id"] = .string(caseId) }
        let outputs = run["outputs"]
        switch span.kind {
        case .llm:
            span.model = run["extra"]["metadata"]["ls_model_name"].string ?? run["extra"]["invocation_params"]["model"].string
                ?? run["extra"]["invocation_params"]["model_name"].string ?? outputs["model"].string
            span.usage = usage(run)
            let generation = outputs["generations"][0][0]
            if let raw = outputs["choices"][0]["finish_reason"].string ?? generation["generation_info"]["finish_reason"].string
                ?? generation["message"]["kwargs"]["response_metadata"]["finish_reason"].string {
                span.stopReason = StopReason(raw: raw)
            }
            span.requestedToolCalls = toolCalls(outputs)
            span.outputText = MessageParts.text(of: outputs["choices"][0]["message"]) ?? generation["text"].nonEmptyString
            span.userMessage = userMessage(run["inputs"])
        case .tool:
            let input = run["inputs"]["input"]
            let arguments = input.exists ? input.value.map(AttributeLookup.decodeEmbedded) : run["inputs"].value
            span.tool = ToolCall(name: span.name, arguments: arguments, callId: run["extra"]["metadata"]["tool_call_id"].string,
                                 result: (outputs["output"].exists ? outputs["output"] : outputs).value?.displayText)
        default:
            span.userMessage = userMessage(run["inputs"])
        }
        return span
    }

    static func kind(_ runType: String) -> SpanKind {
        switch runType {
        case "llm", "chat_model": return .llm
        case "tool": return .tool
        case "retriever": return .retriever
        case "embedding": return .embedding
        default: return .chain
        }
    }

    private static func usage(_ run: JSONView) -> TokenUsage? {
        let outputs = run["outputs"]
        for source in [outputs["usage_metadata"], outputs["generations"][0][0]["message"]["kwargs"]["usage_metadata"]] where source.isObject {
            return TokenUsage(input: source["input_tokens"].int64 ?? 0, output: source["output_tokens"].int64 ?? 0,
                              cacheRead: source["input_token_details"]["cache_read"].int64 ?? 0)
        }
        if let input = run["prompt_tokens"].int64, let output = run["completion_tokens"].int64 {
            return TokenUsage(input: input, output: output)
        }
        let legacy = outputs["llm_output"]["token_usage"]
        if legacy.isObject {
            return TokenUsage(input: legacy["prompt_tokens"].int64 ?? 0, output: legacy["completion_tokens"].int64 ?? 0)
        }
        return nil
    }

    private static func toolCalls(_ outputs: JSONView) -> [ToolCall] {
        let message = outputs["choices"][0]["message"]
        if message.exists { return MessageParts.toolCalls(in: message) }
        return outputs["generations"][0][0]["message"]["kwargs"]["tool_calls"].array.compactMap { call in
            guard let name = call["name"].string else { return nil }
            return ToolCall(name: name, arguments: call["args"].value, callId: call["id"].string)
        }
    }

    /// The first user message of `inputs.messages` (a list, or LangChain's list of lists, of
    /// OpenAI messages or serialized LangChain messages).
    private static func userMessage(_ inputs: JSONView) -> String? {
        var messages = inputs["messages"].array
        if messages.first?.isArray == true { messages = messages.flatMap(\.array) }
        for message in messages {
            let role = message["role"].string ?? message["type"].string ?? message["kwargs"]["type"].string
            guard role == "user" || role == "human" else { continue }
            if let text = MessageParts.text(of: message) ?? message["kwargs"]["content"].string { return text }
        }
        return inputs["input"].string ?? inputs["question"].string
    }
}
