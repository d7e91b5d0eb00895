import Testing
import TraceIngest
import TraceModel

/// OTLP captured from real instrumentation libraries (Fixtures/otlp-captured/SOURCE.txt): the
/// Vercel AI SDK's `ai.*` spans and LiteLLM's `gen_ai.completion.N.function_call.*` keys.
@Suite struct CapturedDialectTests {
    @Test("Vercel AI SDK: the ai.toolCall span is a tool call with its name, arguments, id and result; the model call asked for it")
    func vercel() throws {
        let result = try Ingestor().read(bytes: try Fixtures.bytes("otlp-captured/vercel-ai-sdk.json"), file: "vercel-ai-sdk.json")
        let trace = try #require(result.traces.first)
        #expect(trace.dialects.contains("vercel-ai"))
        let tool = try #require(trace.toolSpans.first?.tool)
        #expect(tool.name == "lookup_order")
        #expect(tool.arguments == .object(["order_id": .string("A-1187")]))
        #expect(tool.callId == "call_9RtYbK2mXqLp")
        #expect(tool.result?.contains("in transit") == true)
        let llm = try #require(trace.spans.first { $0.kind == .llm })
        #expect(llm.requestedToolCalls.map(\.name) == ["lookup_order"])
        #expect(llm.requestedToolCalls.first?.arguments == .object(["order_id": .string("A-1187")]))
        #expect(llm.usage == TokenUsage(input: 412, output: 27))
        #expect(llm.model == "gpt-4o-mini-2024-07-18")
        #expect(llm.stopReason?.category == .toolCalls)
        #expect(trace.spans.first { $0.name == "ai.generateText" }?.kind == .agent)
        #expect(trace.totals.toolCalls == 1 && trace.totals.llmCalls == 1)
        #expect(trace.query?.hasPrefix("Where") == true)
    }

    @Test("LiteLLM: the requested call is read from gen_ai.completion.0.function_call")
    func litellm() throws {
        let result = try Ingestor().read(bytes: try Fixtures.bytes("otlp-captured/litellm.json"), file: "litellm.json")
        let llm = try #require(result.traces.first?.spans.first { $0.kind == .llm })
        #expect(llm.requestedToolCalls.map(\.name) == ["lookup_order"])
        #expect(llm.requestedToolCalls.first?.arguments == .object(["order_id": .string("A-1187")]))
    }
}
