import TraceEval
import TraceModel

/// Builds small traces for evaluator tests: a root agent span, one LLM span per step, tool spans.
struct TraceBuilder {
    private(set) var spans: [Span] = []
    private var clock: Int64 = 1_000
    private var step = 0
    var answer: String?
    var recorded: Double?

    init() {
        spans.append(Span(traceId: "t", spanId: "root", kind: .agent, name: "agent", start: 0, end: 0))
    }

    /// A model turn asking for `calls` (executed in parallel, in this order).
    mutating func turn(_ calls: [(String, JSONValue?, Bool)], text: String? = nil, stop: String? = nil) {
        step += 1
        clock += 10
        spans.append(Span(traceId: "t", spanId: "llm\(step)", parentSpanId: "root", kind: .llm, name: "chat", step: step,
                          requestedToolCalls: calls.map { ToolCall(name: $0.0, arguments: $0.1) }, usage: TokenUsage(input: 100, output: 10),
                          start: clock, end: clock + 5, status: SpanStatus(code: .ok),
                          stopReason: StopReason(raw: stop ?? (calls.isEmpty ? "stop" : "tool_calls")), outputText: text))
        for (offset, call) in calls.enumerated() {
            spans.append(Span(traceId: "t", spanId: "tool\(step).\(offset)", parentSpanId: "root", kind: .tool, name: call.0, step: step,
                              tool: ToolCall(name: call.0, arguments: call.1, callId: "c\(step).\(offset)"),
                              start: clock + 6 + Int64(offset), end: clock + 8 + Int64(offset),
                              status: SpanStatus(code: call.2 ? .ok : .error, message: call.2 ? nil : "failed")))
        }
        clock += 10 + Int64(calls.count)
    }

    /// One call per turn, all successful unless marked.
    mutating func calls(_ names: String...) {
        for name in names { turn([(name, nil, true)]) }
    }

    mutating func decision(_ verdict: String, tool: String? = nil, callId: String? = nil) {
        clock += 2
        var attributes: [String: JSONValue] = ["tracegate.decision": .string(verdict)]
        if let tool { attributes["tracegate.decision.tool"] = .string(tool) }
        if let callId { attributes["tracegate.decision.tool_call_id"] = .string(callId) }
        spans.append(Span(traceId: "t", spanId: "decision\(spans.count)", parentSpanId: "root", kind: .guardrail, name: "approval",
                          start: clock, end: clock + 1, attributes: attributes))
    }

    func build(caseId: String = "c1") -> Trace {
        var all = spans
        all[0].end = clock + 20
        return Trace(traceId: "t", caseId: caseId, finalAnswer: answer, architecture: .llmLed, recordedOutcome: recorded,
                     format: "test", spans: all)
    }
}

/// Builds an input for one case from YAML fragments.
enum Fixture {
    static func dataset(_ yaml: String) throws -> GoldenDataset {
        try GoldenLoader().load(yaml, file: "test.yaml")
    }

    /// A one-case dataset whose `expected` block is `expected` (YAML, indented under the case).
    static func single(_ expected: String, defaults: String = "", tools: String = "") throws -> GoldenDataset {
        try dataset("""
            version: 1
            name: t
            \(defaults)
            \(tools)
            cases:
              - id: c1
                route: r
                expected:
            \(expected.split(separator: "\n").map { "      " + $0 }.joined(separator: "\n"))
            """)
    }

    static func evaluate(_ dataset: GoldenDataset, _ trace: Trace, options: EvaluationOptions = EvaluationOptions()) -> [Metric: MetricResult] {
        CaseEvaluator.evaluate(CaseInput(golden: dataset.cases[0], trace: trace, dataset: dataset, options: options))
    }
}
