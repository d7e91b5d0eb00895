import Foundation
import TraceEval
import TraceModel

/// A small fixed result for the report tests, with hostile text in tool names, arguments,
/// answers and case ids (trace content is untrusted).
enum ReportFixture {
    static let script = "<script>document.body.setAttribute('data-pwned','script')</script>"
    static let breakout = "\"><img src=x onerror=\"document.body.setAttribute('data-pwned','img')\">"
    static let svg = "<svg onload=\"document.body.setAttribute('data-pwned','svg')\"></svg>"
    static let bidi = "refund\u{202E}lmth.exe"

    static let golden = """
        version: 1
        name: fixture
        tools:
          lookup: {}
          "\(bidi)": {side_effect: true, requires_approval: true}
        cases:
          - id: "c1 | `pipe` <b>"
            route: billing
            expected:
              tools: [lookup]
              trajectory: {steps: [lookup]}
              outcome: {answer_contains: [done]}
          - id: "javascript:alert(1)"
            route: billing
            expected:
              tools: [lookup, "\(bidi)"]
              trajectory: {steps: [lookup, "\(bidi)"]}
              outcome: {answer_contains: [done]}
          - id: c3
            route: "<i>support</i>"
            expected:
              tools: [lookup]
              outcome: {answer_contains: [done]}
        """

    static func trace(_ id: String, caseId: String, calls: [(String, JSONValue)], answer: String, start: Int64) -> Trace {
        var spans = [Span(traceId: id, spanId: "root", kind: .agent, name: "agent", route: "assistant", start: start, end: start + 2_500_000_000,
                          status: SpanStatus(code: .ok))]
        var clock = start
        for (index, call) in calls.enumerated() {
            spans.append(Span(traceId: id, spanId: "llm\(index)", parentSpanId: "root", kind: .llm, name: "chat", step: index + 1,
                              requestedToolCalls: [ToolCall(name: call.0, arguments: call.1)], route: "assistant", model: "gpt-4o",
                              usage: TokenUsage(input: 900 + Int64(index) * 100, output: 40), start: clock, end: clock + 700_000_000,
                              status: SpanStatus(code: .ok), stopReason: StopReason(raw: "tool_calls")))
            spans.append(Span(traceId: id, spanId: "tool\(index)", parentSpanId: "root", kind: .tool, name: call.0, step: index + 1,
                              tool: ToolCall(name: call.0, arguments: call.1, result: "ok"), route: "assistant",
                              start: clock + 710_000_000, end: clock + 900_000_000, status: SpanStatus(code: .ok)))
            clock += 1_000_000_000
        }
        spans.append(Span(traceId: id, spanId: "final", parentSpanId: "root", kind: .llm, name: "chat", step: calls.count + 1, route: "assistant",
                          model: "gpt-4o", usage: TokenUsage(input: 1200, output: 80), start: clock, end: clock + 800_000_000,
                          status: SpanStatus(code: .ok), stopReason: StopReason(raw: "stop"), outputText: answer))
        return Trace(traceId: id, caseId: caseId, query: "help \(script)", finalAnswer: answer, architecture: .llmLed, route: "assistant",
                     format: "test", spans: spans)
    }

    static func score() throws -> (RunScore, [String: Trace]) {
        let dataset = try GoldenLoader().load(golden, file: "fixture.yaml")
        let traces = [
            trace("t1", caseId: "c1 | `pipe` <b>", calls: [("lookup", .object(["q": .string(script)]))], answer: "done \(breakout)", start: 1_000_000_000_000),
            trace("t2", caseId: "javascript:alert(1)", calls: [("lookup", .object(["q": .string("x")])), (bidi, .object(["note": .string(svg)]))],
                  answer: "done", start: 2_000_000_000_000),
            trace("t3", caseId: "c3", calls: [("lookup", .object([:]))], answer: "no luck \(svg)", start: 3_000_000_000_000),
            trace("t4", caseId: "nowhere <u>", calls: [], answer: "?", start: 4_000_000_000_000),
        ]
        let score = Scorer(dataset: dataset, options: EvaluationOptions(prices: PriceTable(asOf: "fixed", models: ["gpt-4o": .init(input: 2.5, output: 10)])))
            .score(traces, run: "run <x>")
        return (score, Dictionary(uniqueKeysWithValues: traces.map { ($0.traceId, $0) }))
    }
}
