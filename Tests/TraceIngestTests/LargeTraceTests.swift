import Testing
import TraceIngest
import TraceModel

@Suite struct LargeTraceTests {
    @Test("a trace of one million spans normalizes without recursion: a parent chain a million deep")
    func millionSpans() {
        let count = 1_000_000
        var chain: [Span] = []
        chain.reserveCapacity(count)
        for index in 0..<count {
            chain.append(Span(traceId: "t", spanId: String(index), parentSpanId: index == 0 ? nil : String(index - 1),
                              kind: index % 2 == 0 ? .llm : .tool, name: "s", tool: index % 2 == 0 ? nil : ToolCall(name: "x"),
                              usage: index % 2 == 0 ? TokenUsage(input: 1, output: 1) : nil, start: Int64(index), end: Int64(index + 1)))
        }
        let (trace, warnings) = Normalizer().normalize(RawTrace(traceId: "t", spans: chain.reversed(), format: .otlp))
        #expect(warnings.isEmpty)
        #expect(trace.spans.count == count)
        #expect(trace.spans.first?.spanId == "0" && trace.spans.last?.spanId == String(count - 1))
        #expect(trace.totals.llmCalls == count / 2 && trace.totals.usage == TokenUsage(input: Int64(count / 2), output: Int64(count / 2)))
        #expect(trace.totals.latencyNanos == Int64(count))
    }
}
