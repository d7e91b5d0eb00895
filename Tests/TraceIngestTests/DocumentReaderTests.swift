import Testing
import TraceIngest
import TraceModel

/// Every real sample parses through its reader, with counts read off the files by hand
/// (the observation/run/message counts and token fields shown in each file).
@Suite struct DocumentReaderTests {
    private func read(_ path: String) throws -> FileIngest {
        try Ingestor().read(file: Fixtures.path(path))
    }

    @Test("the real OpenAI Agents SDK export: handoff, guardrail, tool error, turn spans, case id")
    func agentsSDK() throws {
        let result = try read("agents-sdk/weather-desk.jsonl")
        #expect(result.format == .openAIAgents)
        let trace = try #require(result.traces.first)
        #expect(result.traces.count == 1)
        #expect(trace.traceId == "trace_13c1811d3f8549dba8cee8abab238c3c")
        #expect(trace.caseId == "weather-tokyo")
        #expect(trace.spans.count == 15)
        #expect(trace.totals.llmCalls == 4)
        // 220+310+362+401 / 11+18+17+12; the task and turn spans' aggregates are not counted again.
        #expect(trace.totals.usage == TokenUsage(input: 1293, output: 58))
        #expect(trace.toolSpans.map { $0.tool?.arguments } == [.object(["city": .string("Atlantis")]), .object(["city": .string("Tokyo")])])
        #expect(trace.toolSpans.map(\.status.code) == [.error, .ok])
        #expect(trace.toolSpans[0].status.message?.contains("Error running tool") == true)
        #expect(trace.spans.filter { $0.kind == .handoff }.map(\.route) == ["Weather agent"])
        #expect(trace.spans.first { $0.kind == .guardrail }?.attributes["tracegate.decision"] == .string("allow"))
        #expect(trace.toolSpans.allSatisfy { $0.route == "Weather agent" })
        #expect(trace.query == "What's the weather in Tokyo?")
        #expect(trace.finalAnswer == "It is sunny and 24°C in Tokyo.")
        #expect(trace.architecture == .llmLed)
    }

    struct LangfuseCase: Sendable, CustomTestStringConvertible {
        let file: String
        let spans: Int
        let tools: [String]
        let usage: TokenUsage
        var testDescription: String { file }
    }

    @Test("every real Langfuse export parses through the OTel dialects behind it", arguments: [
        LangfuseCase(file: "microsoft-agent-2025-10-14", spans: 4, tools: ["get_weather"], usage: TokenUsage(input: 631, output: 35)),
        LangfuseCase(file: "openai-agents-2025-09-30", spans: 5, tools: ["get_weather"], usage: TokenUsage(input: 140, output: 44)),
        LangfuseCase(file: "pydantic-ai-tools-2025-12-04", spans: 12,
                     tools: ["get_pun_suggestion", "get_dad_joke_suggestion", "get_one_liner_suggestion"],
                     usage: TokenUsage(input: 1315, output: 209)),
        // No token attributes were exported; Langfuse's own usage estimate is deliberately not used.
        LangfuseCase(file: "koog-2025-08-26", spans: 11, tools: ["ByeTool", "HelloTool"], usage: TokenUsage()),
        // LangChain callback, no OTel attributes: usageDetails 60/15 and 108/51 are the SDK's numbers.
        LangfuseCase(file: "langgraph-2025-08-22", spans: 9, tools: ["Web-Search"], usage: TokenUsage(input: 168, output: 66)),
    ])
    func langfuse(_ expected: LangfuseCase) throws {
        let result = try read("langfuse/\(expected.file).json")
        #expect(result.format == .langfuse)
        let trace = try #require(result.traces.first)
        #expect(trace.spans.count == expected.spans)
        #expect(trace.toolSpans.compactMap(\.tool?.name) == expected.tools)
        #expect(trace.totals.usage == expected.usage)
    }

    @Test("LangGraph's tool run, recorded as a plain span, is found through the model's request and gets its arguments")
    func langGraphTool() throws {
        let trace = try #require(try read("langfuse/langgraph-2025-08-22.json").traces.first)
        let tool = try #require(trace.toolSpans.first)
        #expect(tool.tool?.arguments == .object(["query": .string("example")]))
        #expect(tool.tool?.callId == "call_1oGK863sxQHlPreFhDdEs3yl")
        #expect(tool.attributes["tracegate.original_arguments"] == .string("{'query': 'example'}"))
        #expect(tool.route == "tools")
        #expect(trace.query == "Search the web for 'example' and summarize.")
    }

    @Test("the LangSmith recording: post and patch merged, usage_metadata, finish reason, ISO times to the microsecond")
    func langSmith() throws {
        let result = try read("langsmith/langsmith_py_wrap_openai_.json")
        #expect(result.format == .langsmith)
        let trace = try #require(result.traces.first)
        #expect(trace.traceId == "d0d84d31-923d-4cb5-94a8-40a0a0087578")
        let span = try #require(trace.spans.first)
        #expect(trace.spans.count == 1)
        #expect(span.kind == .llm)
        #expect(span.model == "gpt-4o-mini")
        #expect(span.usage == TokenUsage(input: 9, output: 9))
        #expect(span.stopReason == StopReason(raw: "stop"))
        // 20:58:23.298773 → 20:58:24.417106
        #expect(span.latencyNanos == 1_118_333_000)
        #expect(trace.query == "howdy")
        #expect(trace.finalAnswer == "Howdy! How can I assist you today?")
    }

    @Test("the three τ-bench records: case ids, trials, rewards, tool calls in order, termination")
    func tauBenchRecords() throws {
        let result = try read("tau-bench/gpt-4o-airline.records-91-89-195.json")
        #expect(result.format == .tauBench)
        #expect(result.traces.map(\.traceId) == ["tau-41-trial-1", "tau-39-trial-1", "tau-45-trial-3"])
        #expect(result.traces.map(\.caseId) == ["41", "39", "45"])
        #expect(result.traces.map(\.recordedOutcome) == [1, 0, 1])
        #expect(result.traces.map(\.totals.llmCalls) == [6, 7, 8])
        #expect(result.traces.map { $0.toolSpans.compactMap(\.tool?.name) } == [
            ["get_reservation_details", "think", "transfer_to_human_agents"],
            ["get_user_details", "get_reservation_details", "cancel_reservation"],
            ["get_user_details", "get_reservation_details", "send_certificate"],
        ])
        #expect(result.traces.map { $0.spans[0].attributes["tracegate.termination"] }
                == [.string("transfer_to_human_agents"), .string("user"), .string("user")])
        #expect(result.traces[0].query == "Hi, I need to cancel a flight that I booked, please.")
    }

    @Test("τ²-bench simulations: the agent's tool calls only, token usage per assistant message, rewards")
    func tau2Bench() throws {
        let result = try read("tau2-bench/telecom_llm_agent_gpt-4o_user_gpt-4o_2025-08-10.json")
        #expect(result.format == .tauBench)
        #expect(result.traces.count == 20)
        // 215 tool messages, of which 125 are the simulated user's own device tools (requestor "user").
        #expect(result.traces.reduce(0) { $0 + $1.totals.toolCalls } == 90)
        #expect(result.traces.reduce(0) { $0 + $1.totals.errorCount } == 1)
        let meanReward = result.traces.compactMap(\.recordedOutcome).reduce(0, +) / 20
        #expect(abs(meanReward - 0.70) < 1e-9)
        let usage = result.traces.reduce(TokenUsage()) { $0 + $1.totals.usage }
        #expect(usage == TokenUsage(input: 1_547_053, output: 15_687))
        #expect(result.traces[0].caseId == "[mobile_data_issue]user_abroad_roaming_enabled_off[PERSONA:None]")
        #expect(result.traces[0].spans[0].attributes["tracegate.termination"] == .string("user_stop"))
    }

    @Test("chat message lists: tool results linked by tool_call_id, an error reported in content fails the call")
    func messages() throws {
        let conversation = #"""
        [{"role":"system","content":"Be brief."},
         {"role":"user","content":"Refund order 7"},
         {"role":"assistant","content":null,"tool_calls":[
            {"id":"c1","type":"function","function":{"name":"lookup_order","arguments":"{\"id\": 7}"}},
            {"id":"c2","type":"function","function":{"name":"refund","arguments":"{\"id\": 7}"}}]},
         {"role":"tool","tool_call_id":"c2","content":"Error: refund window closed"},
         {"role":"tool","tool_call_id":"c1","content":"{\"id\": 7, \"status\": \"shipped\"}"},
         {"role":"assistant","content":"Sorry, the refund window has closed."}]
        """#
        let result = try Ingestor().read(bytes: Array(conversation.utf8), file: "chat.json")
        #expect(result.format == .messages)
        let trace = try #require(result.traces.first)
        #expect(trace.toolSpans.map { $0.tool?.name } == ["refund", "lookup_order"])
        #expect(trace.toolSpans.map(\.status.code) == [.error, .ok])
        #expect(trace.toolSpans.map(\.step) == [1, 1])
        #expect(trace.query == "Refund order 7")
        #expect(trace.finalAnswer == "Sorry, the refund window has closed.")
        #expect(trace.traceId.hasPrefix("msg-"))
        // Identity is the file and the record's place in it: the same file again gives the same id
        // (re-ingest replaces), the same messages in another file are another trace.
        let again = try Ingestor().read(bytes: Array(conversation.utf8), file: "chat.json")
        #expect(again.traces.first?.traceId == trace.traceId)
        let copy = try Ingestor().read(bytes: Array(conversation.utf8), file: "copy.json")
        #expect(copy.traces.first?.traceId != trace.traceId)
    }

    @Test("chat message lists as JSON Lines: one conversation per line, with ids and case ids when given")
    func messagesJSONLines() throws {
        let lines = """
            {"id": "a", "case_id": "c-1", "messages": [{"role": "user", "content": "hi"}, {"role": "assistant", "content": "hello"}]}
            {"id": "b", "messages": [{"role": "user", "content": "bye"}]}
            """
        let result = try Ingestor().read(bytes: Array(lines.utf8), file: "chats.jsonl")
        #expect(result.traces.map(\.traceId) == ["a", "b"])
        #expect(result.traces.map(\.caseId) == ["c-1", nil])
    }

    @Test("sniffing picks the right reader for every sample", arguments: [
        ("agents-sdk/weather-desk.jsonl", TraceFormat.openAIAgents),
        ("langfuse/koog-2025-08-26.json", .langfuse),
        ("langsmith/langsmith_py_wrap_openai_.json", .langsmith),
        ("tau-bench/gpt-4o-airline.records-91-89-195.json", .tauBench),
        ("tau2-bench/telecom_llm_agent_gpt-4o_user_gpt-4o_2025-08-10.json", .tauBench),
        ("otlp-synthetic/koog-2025-08-26.otlp.json", .otlp),
        ("samples/opentelemetry-proto-example-trace.json", .otlp),
    ])
    func sniffing(path: String, format: TraceFormat) throws {
        #expect(try read(path).format == format)
    }

    @Test("a named format that does not fit the file is refused with what was found")
    func wrongFormat() {
        #expect {
            _ = try Ingestor(options: IngestOptions(format: .langsmith)).read(file: Fixtures.path("langfuse/koog-2025-08-26.json"))
        } throws: { error in
            guard case .formatMismatch(_, let format, let reason) = error as? IngestError else { return false }
            return format == "langsmith" && reason.contains("trace") && reason.contains("observations")
        }
    }

    @Test("each reader's malformed records give an error naming the file, record and field", arguments: [
        (#"[{"task_id": 1, "trial": 0, "reward": 1.0, "traj": []}, {"trial": 0, "reward": 1.0, "traj": []}]"#, "task_id"),
        (#"[{"task_id": 3, "trial": 0, "reward": "yes", "traj": []}]"#, "reward"),
        (#"{"object": "trace.span", "id": "span_1", "started_at": "2025-01-01T00:00:00Z", "span_data": {"type": "agent"}}"#, "trace_id"),
        (#"{"object": "trace.span", "id": "span_1", "trace_id": "trace_1", "started_at": "yesterday", "span_data": {}}"#, "started_at"),
        (#"{"post": [{"id": "r1", "run_type": "llm", "name": "x"}]}"#, "start_time"),
        (#"{"trace": {"id": "t"}, "observations": [{"id": "o1", "type": "SPAN"}]}"#, "startTime"),
        (#"{"trace": {}, "observations": []}"#, "id"),
        (#"[{"role": "user", "content": "hi"}, {"content": "no role"}]"#, "role"),
    ])
    func malformed(document: String, field: String) {
        #expect {
            _ = try Ingestor().read(bytes: Array(document.utf8), file: "bad.json")
        } throws: { error in
            guard case .invalidRecord(let file, _, _, let named, _) = error as? IngestError else { return false }
            return file == "bad.json" && named == field
        }
    }
}
