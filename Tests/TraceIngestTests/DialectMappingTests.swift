import Testing
import TraceIngest
import TraceModel

/// Each dialect's names, taken from FORMATS.md §1–§2 and §5e, mapped onto the normalized span.
@Suite struct DialectMappingTests {
    private func map(_ attributes: [String: JSONValue], name: String = "span") -> (span: Span, dialects: Set<AttributeDialect>) {
        let envelope = SpanAttributeMapper.Envelope(traceId: "t", spanId: "s", parentSpanId: nil, name: name, start: 0, end: 1,
                                                    status: .unset)
        return try! SpanAttributeMapper.map(envelope, attributes: attributes)  // these tests use valid counts only
    }

    @Test("older GenAI and OpenLLMetry indexed names: prompt/completion tokens, gen_ai.prompt.N, completion tool calls")
    func legacyGenAI() {
        let (span, dialects) = map([
            "gen_ai.system": .string("openai"), "gen_ai.request.model": .string("gpt-4o"), "llm.request.type": .string("chat"),
            "gen_ai.usage.prompt_tokens": .int(80), "gen_ai.usage.completion_tokens": .string("12"),
            "gen_ai.prompt.0.role": .string("system"), "gen_ai.prompt.0.content": .string("Be brief."),
            "gen_ai.prompt.1.role": .string("user"), "gen_ai.prompt.1.content": .string("Find flights"),
            "gen_ai.completion.0.finish_reason": .string("tool_calls"),
            "gen_ai.completion.0.tool_calls.0.id": .string("call_9"),
            "gen_ai.completion.0.tool_calls.0.name": .string("search_flights"),
            "gen_ai.completion.0.tool_calls.0.arguments": .string(#"{"from":"SFO","to":"JFK"}"#),
        ])
        #expect(span.kind == .llm)
        #expect(span.usage == TokenUsage(input: 80, output: 12))
        #expect(span.userMessage == "Find flights")
        #expect(span.stopReason == StopReason(raw: "tool_calls"))
        #expect(span.requestedToolCalls == [ToolCall(name: "search_flights",
                                                     arguments: .object(["from": .string("SFO"), "to": .string("JFK")]),
                                                     callId: "call_9")])
        #expect(dialects == [.genAI, .genAILegacy, .openLLMetry])
    }

    @Test("OpenInference flattened output tool calls are reassembled in numeric index order (2 before 10)")
    func openInferenceToolCalls() {
        var attributes: [String: JSONValue] = ["openinference.span.kind": .string("LLM"), "llm.token_count.prompt": .string("55")]
        for index in [10, 2] {
            let prefix = "llm.output_messages.0.message.tool_calls.\(index).tool_call."
            attributes[prefix + "id"] = .string("call_\(index)")
            attributes[prefix + "function.name"] = .string("tool\(index)")
            attributes[prefix + "function.arguments"] = .string("{\"n\": \(index)}")
        }
        let (span, _) = map(attributes)
        #expect(span.requestedToolCalls.map(\.name) == ["tool2", "tool10"])
        #expect(span.requestedToolCalls.map(\.arguments) == [.object(["n": .int(2)]), .object(["n": .int(10)])])
        #expect(span.usage == TokenUsage(input: 55, output: 0))
    }

    @Test("traceAI's fi.span.kind reads like OpenInference; tool arguments come from input.value")
    func traceAI() {
        let (span, dialects) = map([
            "fi.span.kind": .string("TOOL"), "tool.name": .string("lookup"), "input.value": .string(#"{"id": 7}"#),
            "output.value": .string("found"),
        ])
        #expect(span.kind == .tool)
        #expect(span.tool == ToolCall(name: "lookup", arguments: .object(["id": .int(7)]), result: "found"))
        #expect(dialects.contains(.traceAI))
    }

    @Test("a Python repr where JSON was expected is kept as an opaque string, never half-parsed")
    func pythonRepr() {
        let (span, _) = map([
            "gen_ai.operation.name": .string("execute_tool"), "gen_ai.tool.name": .string("lookup"),
            "gen_ai.tool.call.arguments": .string("{'id': 7, 'flag': True}"),
        ])
        #expect(span.tool?.arguments == .string("{'id': 7, 'flag': True}"))
    }

    @Test("tool.parameters holding a JSON schema is a definition, not arguments; holding values, it is arguments")
    func toolParameters() {
        let schema = map(["openinference.span.kind": .string("TOOL"), "tool.name": .string("q"),
                          "tool.parameters": .string(#"{"type":"object","properties":{"query":{"type":"string"}}}"#)])
        #expect(schema.span.tool?.arguments == nil)
        let values = map(["openinference.span.kind": .string("TOOL"), "tool.name": .string("q"),
                          "tool.parameters": .string(#"{"query":"weather"}"#)])
        #expect(values.span.tool?.arguments == .object(["query": .string("weather")]))
    }

    @Test("the span name supplies the tool name when no attribute does (execute_tool NAME)")
    func toolNameFromSpanName() {
        let (span, _) = map(["gen_ai.operation.name": .string("execute_tool")], name: "execute_tool get_report")
        #expect(span.tool?.name == "get_report")
    }

    @Test("error.type marks a span as failed even when the envelope status is unset")
    func errorType() {
        let (span, _) = map(["gen_ai.operation.name": .string("chat"), "error.type": .string("timeout")])
        #expect(span.status == SpanStatus(code: .error, message: "timeout"))
    }
}
