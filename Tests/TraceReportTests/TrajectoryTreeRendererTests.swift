import Testing
import TraceModel
import TraceReport

@Suite struct TrajectoryTreeRendererTests {
    @Test("a small trace renders as the expected indented tree")
    func rendersTree() {
        let spans = [
            Span(traceId: "t1", spanId: "a", kind: .agent, name: "invoke_agent ops", route: "ops", start: 0, end: 2_000_000_000),
            Span(traceId: "t1", spanId: "b", parentSpanId: "a", kind: .llm, name: "chat gpt-4o", step: 1,
                 requestedToolCalls: [ToolCall(name: "get_report")], route: "ops", model: "gpt-4o",
                 usage: TokenUsage(input: 120, output: 30), start: 0, end: 800_000_000, stopReason: StopReason(raw: "tool_calls")),
            Span(traceId: "t1", spanId: "c", parentSpanId: "a", kind: .tool, name: "execute_tool get_report", step: 1,
                 tool: ToolCall(name: "get_report", arguments: .object(["entity": .string("cluster-a")])), route: "ops",
                 start: 900_000_000, end: 950_000_000, status: SpanStatus(code: .error, message: "timeout")),
        ]
        let trace = Trace(traceId: "t1", caseId: "c-1", query: "How is\ncluster-a?", architecture: .llmLed, route: "ops",
                          format: "otlp", dialects: ["gen_ai"], spans: spans)
        let expected = """
            trace t1 · run base · llm-led · format otlp (gen_ai)
            case:   c-1
            route:  ops
            query:  How is⏎cluster-a?
            totals: 1 LLM call · 1 tool call · 120 in / 30 out tokens · 2.00 s · 1 error · final stop toolCalls

            step  span
            0     agent invoke_agent ops  [route=ops · 2.00 s · ok]
            1       llm chat gpt-4o  [route=ops · model=gpt-4o · tokens=120→30 · 800 ms · ok · stop=toolCalls (tool_calls) · → get_report]
            1       tool get_report({"entity":"cluster-a"})  [route=ops · 50 ms · ERROR: timeout]

            """
        #expect(TrajectoryTreeRenderer().render(trace, run: "base") == expected)
    }

    @Test("terminal output escapes control characters and bidi overrides from untrusted trace text")
    func terminalSafety() {
        #expect(TerminalText.safe("ok\u{1B}[31mred") == "ok\\u{1b}[31mred")
        #expect(TerminalText.safe("a\u{202E}b") == "a\\u{202e}b")
        #expect(TerminalText.safe(String(repeating: "x", count: 10), limit: 4) == "xxxx…")
    }
}
