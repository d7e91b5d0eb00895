import Testing
import TraceModel

@Suite struct TraceTotalsTests {
    private func span(_ id: String, _ kind: SpanKind, start: Int64, end: Int64, usage: TokenUsage? = nil,
                      stop: String? = nil, error: Bool = false) -> Span {
        Span(traceId: "t", spanId: id, kind: kind, name: id, usage: usage, start: start, end: end,
             status: SpanStatus(code: error ? .error : .ok), stopReason: stop.map(StopReason.init(raw:)))
    }

    @Test("tokens are summed over LLM spans only; latency runs from the first start to the last end")
    func totals() {
        // An agent span carrying an aggregate (1000/1000) must not be counted again.
        let spans = [
            span("agent", .agent, start: 100, end: 900, usage: TokenUsage(input: 1000, output: 1000)),
            span("llm1", .llm, start: 110, end: 300, usage: TokenUsage(input: 40, output: 7), stop: "tool_calls"),
            span("tool", .tool, start: 310, end: 320, error: true),
            span("llm2", .llm, start: 330, end: 950, usage: TokenUsage(input: 60, output: 3, cacheRead: 20), stop: "stop"),
        ]
        let totals = TraceTotals(spans: spans)
        #expect(totals.llmCalls == 2)
        #expect(totals.toolCalls == 1)
        #expect(totals.usage == TokenUsage(input: 100, output: 10, cacheRead: 20))
        #expect(totals.latencyNanos == 850)  // 950 − 100
        #expect(totals.errorCount == 1)
        #expect(totals.finalStopReason == StopReason(raw: "stop"))
    }

    @Test("a span whose end precedes its start has zero latency, not a negative one")
    func reversedTimes() {
        #expect(span("x", .tool, start: 500, end: 100).latencyNanos == 0)
    }

    @Test("token sums saturate instead of trapping on overflow")
    func saturation() {
        let big = TokenUsage(input: .max - 1, output: 1)
        #expect((big + TokenUsage(input: 10, output: 1)).input == .max)
    }
}
