import Testing
import TraceIngest
import TraceModel

/// The OTLP files built from the real attribute sets of four Langfuse exports (labelled synthetic,
/// see Fixtures/otlp-synthetic/SOURCE.txt). Every expected value below was read off the original
/// Langfuse export by hand: observation counts, tool names, `gen_ai.usage.*` / `llm.token_count.*`
/// attributes of the GENERATION observations, and their finish reasons.
@Suite struct LangfuseDerivedOTLPTests {
    struct Expectation: Sendable, CustomTestStringConvertible {
        let file: String
        let spans: Int
        let llmCalls: Int
        let tools: [String]
        let usage: TokenUsage
        let stopReasons: [String?]
        let dialects: [String]
        var testDescription: String { file }
    }

    static let expectations: [Expectation] = [
        // invoke_agent + chat + execute_tool + chat. Only the second chat carries tokens (631/35);
        // the invoke_agent span repeats them as an aggregate, which must not be counted twice.
        Expectation(file: "microsoft-agent-2025-10-14", spans: 4, llmCalls: 2, tools: ["get_weather"],
                    usage: TokenUsage(input: 631, output: 35), stopReasons: [nil, nil], dialects: ["gen_ai"]),
        // Two Responses-API LLM spans: 55/15 and 85/29 tokens; finish reasons only inside output.value.
        Expectation(file: "openai-agents-2025-09-30", spans: 5, llmCalls: 2, tools: ["get_weather"],
                    usage: TokenUsage(input: 140, output: 44), stopReasons: ["tool_calls", "stop"], dialects: ["openinference"]),
        // Four chats: 265/73, 417/53, 502/14, 131/69; finish_reasons written as Python list reprs.
        Expectation(file: "pydantic-ai-tools-2025-12-04", spans: 12, llmCalls: 4,
                    tools: ["get_pun_suggestion", "get_dad_joke_suggestion", "get_one_liner_suggestion"],
                    usage: TokenUsage(input: 1315, output: 209), stopReasons: ["tool_call", "stop", "stop", "tool_call"],
                    dialects: ["gen_ai", "gen_ai-legacy"]),
        // Koog: legacy indexed gen_ai.prompt/completion names, no token counts at all.
        Expectation(file: "koog-2025-08-26", spans: 11, llmCalls: 2, tools: ["ByeTool", "HelloTool"],
                    usage: TokenUsage(), stopReasons: ["tool_calls", "stop"], dialects: ["gen_ai", "gen_ai-legacy"]),
    ]

    @Test("counts, tools, tokens, stop reasons and dialects match the originals", arguments: expectations)
    func sample(_ expected: Expectation) throws {
        let result = try Ingestor().read(file: Fixtures.path("otlp-synthetic/\(expected.file).otlp.json"))
        #expect(result.traces.count == 1)
        let trace = try #require(result.traces.first)
        #expect(trace.spans.count == expected.spans)
        #expect(trace.totals.llmCalls == expected.llmCalls)
        #expect(trace.toolSpans.compactMap(\.tool?.name) == expected.tools)
        #expect(trace.totals.usage == expected.usage)
        #expect(trace.spans.filter { $0.kind == .llm }.map { $0.stopReason?.raw } == expected.stopReasons)
        #expect(trace.dialects == expected.dialects)
        #expect(trace.architecture == .llmLed)
        #expect(result.warnings.isEmpty)
    }

    @Test("the Agent Framework's array-valued tool call id yields the call_ id; arguments are parsed")
    func microsoftToolCall() throws {
        let trace = try #require(try Ingestor().read(file: Fixtures.path("otlp-synthetic/microsoft-agent-2025-10-14.otlp.json")).traces.first)
        let tool = try #require(trace.toolSpans.first?.tool)
        #expect(tool.callId == "call_Sz1QP8T7fuJkIECGDLFWOorq")
        #expect(tool.arguments == .object(["location": .string("Portland")]))
        #expect(tool.result == "The weather in Portland is stormy with a high of 19°C.")
        #expect(trace.route == "99981f6a-abd1-4d09-9fba-00e2ab172193")
        // The tool ran between the two chats: it belongs to step 1; the second chat is step 2.
        #expect(trace.spans.map(\.step) == [0, 1, 1, 2])
    }

    @Test("Koog's tool spans link to the model step that requested them by call id")
    func koogSteps() throws {
        let trace = try #require(try Ingestor().read(file: Fixtures.path("otlp-synthetic/koog-2025-08-26.otlp.json")).traces.first)
        let firstLLM = try #require(trace.spans.first { $0.kind == .llm })
        #expect(firstLLM.requestedToolCalls.map(\.name).sorted() == ["ByeTool", "HelloTool"])
        #expect(trace.toolSpans.map(\.step) == [1, 1])
        #expect(trace.query?.hasPrefix("Greet and say goodbye to the user") == true)
        #expect(trace.finalAnswer == "Hello my darling Bob! And, bye my dear Bob!")
    }

    @Test("the OpenAI Agents trace's query, answer and requested tool come from the OpenInference attributes")
    func openAIAgents() throws {
        let trace = try #require(try Ingestor().read(file: Fixtures.path("otlp-synthetic/openai-agents-2025-09-30.otlp.json")).traces.first)
        #expect(trace.query == "What's the weather in Tokyo?")
        #expect(trace.spans.first { $0.kind == .llm }?.requestedToolCalls.map(\.name) == ["get_weather"])
        #expect(trace.toolSpans.first?.tool?.arguments == .object(["city": .string("Tokyo")]))
        #expect(trace.route == "Hello world")
    }
}
