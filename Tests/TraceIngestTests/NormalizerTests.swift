import Testing
import TraceIngest
import TraceModel

@Suite struct NormalizerTests {
    private func span(_ id: String, parent: String? = nil, _ kind: SpanKind, start: Int64, route: String? = nil,
                      tool: String? = nil, callId: String? = nil, requested: [ToolCall] = [], stop: String? = nil) -> Span {
        Span(traceId: "t", spanId: id, parentSpanId: parent, kind: kind, name: id,
             tool: tool.map { ToolCall(name: $0, callId: callId) }, requestedToolCalls: requested, route: route,
             start: start, end: start + 10, stopReason: stop.map(StopReason.init(raw:)))
    }

    private func normalize(_ spans: [Span]) -> (trace: Trace, warnings: [String]) {
        Normalizer().normalize(RawTrace(traceId: "t", spans: spans, format: .otlp))
    }

    @Test("an orchestrator pipeline (route call, tools run by a stage, synthesis call) is orchestrator-led")
    func orchestrator() {
        let (trace, _) = normalize([
            span("synth", parent: "root", .llm, start: 50, route: "synthesize"),
            span("root", .chain, start: 0, route: "ops"),
            span("route", parent: "root", .llm, start: 1, route: "router", stop: "stop"),
            span("exec", parent: "root", .chain, start: 20, route: "execute"),
            span("t1", parent: "exec", .tool, start: 21, tool: "get_report"),
            span("t2", parent: "exec", .tool, start: 21, tool: "get_trends"),
        ])
        #expect(trace.architecture == .orchestratorLed)
        #expect(trace.spans.map(\.spanId) == ["root", "route", "exec", "t1", "t2", "synth"])
        #expect(trace.spans.map(\.step) == [0, 1, 1, 1, 1, 2])
        #expect(trace.spans.map(\.route) == ["ops", "router", "execute", "execute", "execute", "synthesize"])
    }

    @Test("tools answering a model's tool calls make the trace LLM-led; each tool takes the step that asked for it")
    func llmLed() {
        let (trace, _) = normalize([
            span("agent", .agent, start: 0, route: "ops-agent"),
            span("l1", parent: "agent", .llm, start: 1, requested: [ToolCall(name: "a", callId: "c1"), ToolCall(name: "b", callId: "c2")],
                 stop: "tool_calls"),
            span("l2", parent: "agent", .llm, start: 30, requested: [ToolCall(name: "c", callId: "c3")], stop: "tool_calls"),
            // b's execution finishes late, after the second model call started: the call id still puts it in step 1.
            span("tb", parent: "agent", .tool, start: 31, tool: "b", callId: "c2"),
            span("ta", parent: "agent", .tool, start: 20, tool: "a", callId: "c1"),
            span("tc", parent: "agent", .tool, start: 40, tool: "c", callId: "c3"),
            span("l3", parent: "agent", .llm, start: 50, stop: "stop"),
        ])
        #expect(trace.architecture == .llmLed)
        let steps = Dictionary(uniqueKeysWithValues: trace.spans.map { ($0.spanId, $0.step) })
        #expect(steps == ["agent": 0, "l1": 1, "ta": 1, "l2": 2, "tb": 1, "tc": 2, "l3": 3])
        #expect(trace.spans.allSatisfy { $0.route == "ops-agent" })
    }

    @Test("duplicate span ids keep the first copy, with a warning")
    func duplicates() {
        let (trace, warnings) = normalize([span("a", .chain, start: 0), span("a", .tool, start: 5, tool: "x")])
        #expect(trace.spans.count == 1)
        #expect(trace.spans[0].kind == .chain)
        #expect(warnings.count == 1 && warnings[0].contains("duplicate span id a"))
    }

    @Test("a parent cycle is broken at its earliest span, every span kept, with a warning")
    func cycle() {
        let (trace, warnings) = normalize([
            span("root", .chain, start: 0),
            span("x", parent: "y", .chain, start: 5),
            span("y", parent: "x", .chain, start: 7),
        ])
        #expect(Set(trace.spans.map(\.spanId)) == ["root", "x", "y"])
        #expect(warnings.contains { $0.contains("cycle") })
        #expect(trace.spans.first { $0.spanId == "x" }?.parentSpanId == nil)
    }

    @Test("a trace with no tools has an unknown architecture unless one is forced")
    func noTools() {
        let raw = RawTrace(traceId: "t", spans: [span("l", .llm, start: 0)], format: .otlp)
        #expect(Normalizer().normalize(raw).trace.architecture == .unknown)
        #expect(Normalizer(architectureOverride: .llmLed).normalize(raw).trace.architecture == .llmLed)
    }
}
