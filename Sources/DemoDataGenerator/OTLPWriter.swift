import TraceIngest
import TraceModel

/// Writes sketches as OTLP/JSON spans with OpenTelemetry GenAI attributes or OpenInference attributes.
struct OTLPWriter {
    enum Dialect { case genAI, openInference }

    let dialect: Dialect
    let service: String

    /// One `TracesData` document holding `traces`.
    func document(_ traces: [SketchTrace]) -> JSONValue {
        let spans = traces.flatMap { trace in trace.spans.map { span($0, trace: trace) } }
        let scope = dialect == .genAI ? "tracegate.demo.genai" : "openinference.instrumentation.tracegate_demo"
        return .object(["resourceSpans": .array([.object([
            "resource": .object(["attributes": .array([keyValue("service.name", .string(service))])]),
            "scopeSpans": .array([.object(["scope": .object(["name": .string(scope), "version": .string("1.0.0")]), "spans": .array(spans)])]),
        ])])])
    }

    private func span(_ span: SketchSpan, trace: SketchTrace) -> JSONValue {
        var attributes = dialect == .genAI ? genAI(span) : openInference(span)
        if span.parent == nil {
            attributes["tracegate.case_id"] = .string(trace.caseId)
            if dialect == .genAI {
                attributes["gen_ai.input.messages"] = .string(JSONValue.array([.object(["role": .string("user"),
                    "parts": .array([.object(["type": .string("text"), "content": .string(trace.query)])])])]).canonicalText)
            } else {
                attributes["input.value"] = .string(trace.query)
            }
        }
        if let decision = span.decision {
            attributes["tracegate.decision"] = .string(decision.verdict)
            attributes["tracegate.decision.tool"] = .string(decision.tool)
        }
        var object: [String: JSONValue] = [
            "traceId": .string(trace.traceId), "spanId": .string(span.id), "parentSpanId": .string(span.parent ?? ""),
            "name": .string(span.name), "kind": .int(span.kind == .llm ? 3 : 1),
            "startTimeUnixNano": .string(String(span.start)), "endTimeUnixNano": .string(String(span.end)),
            "attributes": .array(attributes.keys.sorted().map { keyValue($0, attributes[$0]!) }),
            "status": .object(span.error == nil ? ["code": .int(1)] : ["code": .int(2), "message": .string(span.error!)]),
        ]
        if let error = span.error {
            object["events"] = .array([.object(["name": .string("exception"), "timeUnixNano": .string(String(span.end)),
                                                "attributes": .array([keyValue("exception.message", .string(error))])])])
        }
        return .object(object)
    }

    private func genAI(_ span: SketchSpan) -> [String: JSONValue] {
        var a: [String: JSONValue] = [:]
        if let route = span.route { a["gen_ai.agent.name"] = .string(route) }
        switch span.kind {
        case .agent:
            a["gen_ai.operation.name"] = .string("invoke_agent")
        case .chain:
            a["gen_ai.operation.name"] = .string("invoke_workflow")
            if let route = span.route { a["gen_ai.workflow.name"] = .string(route); a["gen_ai.agent.name"] = nil }
        case .llm:
            a["gen_ai.operation.name"] = .string("chat")
            a["gen_ai.provider.name"] = .string("openai")
            a["gen_ai.request.model"] = .string(span.model ?? "")
            a["gen_ai.response.model"] = .string(ModelNames.dated(span.model ?? ""))
            a["gen_ai.usage.input_tokens"] = .int(Int64(span.inputTokens))
            a["gen_ai.usage.output_tokens"] = .int(Int64(span.outputTokens))
            a["gen_ai.response.finish_reasons"] = .array([.string(span.finishReason ?? "stop")])
            if let temperature = span.temperature { a["gen_ai.request.temperature"] = .double(temperature) }
            var parts: [JSONValue] = span.requested.map { call in
                .object(["type": .string("tool_call"), "id": .string(call.id), "name": .string(call.name), "arguments": call.arguments])
            }
            if let text = span.outputText { parts.append(.object(["type": .string("text"), "content": .string(text)])) }
            a["gen_ai.output.messages"] = .string(JSONValue.array([.object(["role": .string("assistant"), "parts": .array(parts),
                                                                            "finish_reason": .string(span.finishReason ?? "stop")])]).canonicalText)
        case .tool:
            a["gen_ai.operation.name"] = .string("execute_tool")
            a["gen_ai.tool.name"] = .string(span.toolName ?? "")
            a["gen_ai.tool.call.id"] = .string(span.toolCallId ?? "")
            a["gen_ai.tool.call.arguments"] = .string(span.toolArguments?.canonicalText ?? "{}")
            if let result = span.toolResult { a["gen_ai.tool.call.result"] = .string(result) }
            if span.error != nil { a["error.type"] = .string("tool_error") }
        case .decision:
            break
        }
        return a
    }

    private func openInference(_ span: SketchSpan) -> [String: JSONValue] {
        var a: [String: JSONValue] = [:]
        if let route = span.route { a["graph.node.id"] = .string(route) }
        switch span.kind {
        case .agent: a["openinference.span.kind"] = .string("AGENT")
        case .chain: a["openinference.span.kind"] = .string("CHAIN")
        case .decision: a["openinference.span.kind"] = .string("GUARDRAIL")
        case .llm:
            a["openinference.span.kind"] = .string("LLM")
            a["llm.model_name"] = .string(ModelNames.dated(span.model ?? ""))
            a["llm.provider"] = .string("openai")
            a["llm.token_count.prompt"] = .int(Int64(span.inputTokens))
            a["llm.token_count.completion"] = .int(Int64(span.outputTokens))
            a["llm.token_count.total"] = .int(Int64(span.inputTokens + span.outputTokens))
            a["llm.finish_reason"] = .string(span.finishReason ?? "stop")
            if let temperature = span.temperature {
                a["llm.invocation_parameters"] = .string(JSONValue.object(["temperature": .double(temperature)]).canonicalText)
            }
            a["llm.output_messages.0.message.role"] = .string("assistant")
            if let text = span.outputText { a["llm.output_messages.0.message.content"] = .string(text) }
            for (index, call) in span.requested.enumerated() {
                let prefix = "llm.output_messages.0.message.tool_calls.\(index).tool_call."
                a[prefix + "id"] = .string(call.id)
                a[prefix + "function.name"] = .string(call.name)
                a[prefix + "function.arguments"] = .string(call.arguments.canonicalText)
            }
        case .tool:
            a["openinference.span.kind"] = .string("TOOL")
            a["tool.name"] = .string(span.toolName ?? "")
            a["tool.id"] = .string(span.toolCallId ?? "")
            a["input.value"] = .string(span.toolArguments?.canonicalText ?? "{}")
            a["input.mime_type"] = .string("application/json")
            if let result = span.toolResult { a["output.value"] = .string(result) }
        }
        return a
    }

    private func keyValue(_ key: String, _ value: JSONValue) -> JSONValue {
        OTLPAnyValue.keyValue(key, value)
    }
}

/// Response model names as providers report them (request `gpt-4o` → response `gpt-4o-2024-08-06`).
enum ModelNames {
    static func dated(_ model: String) -> String {
        switch model {
        case "gpt-4o": return "gpt-4o-2024-08-06"
        case "gpt-4o-mini": return "gpt-4o-mini-2024-07-18"
        default: return model
        }
    }
}
