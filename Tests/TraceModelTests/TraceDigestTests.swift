import Foundation
import Testing
import TraceModel

/// The evaluation digest: what it keeps comes back exactly, what it leaves out is gone, and a
/// damaged digest is an error, never a crash.
@Suite struct TraceDigestTests {
    static func sample() -> Trace {
        let arguments: JSONValue = .object([
            "id": .int(Int64.max), "ratio": .double(0.1), "tags": .array([.string("a\u{0}b"), .null, .bool(true), .bool(false)]),
            "nested": .object(["deep": .array([.object([:]), .array([])])]), "min": .int(Int64.min),
        ])
        let spans = [
            Span(traceId: "t1", spanId: "root", kind: .agent, name: "invoke_agent ops", route: "ops", start: -5, end: 9_000,
                 attributes: ["tracegate.termination": .string("max_steps"), "other": .int(1)]),
            Span(traceId: "t1", spanId: "llm1", parentSpanId: "root", kind: .llm, name: "chat", step: 1,
                 requestedToolCalls: [ToolCall(name: "get_report", callId: "c1")], route: "ops", model: "gpt-4o",
                 usage: TokenUsage(input: 900, output: 40, cacheRead: 7), start: 0, end: 900,
                 stopReason: StopReason(raw: "tool_calls"), userMessage: "why?", outputText: "checking ✓"),
            Span(traceId: "t1", spanId: "tool1", parentSpanId: "llm1", kind: .tool, name: "execute_tool", step: 1,
                 tool: ToolCall(name: "get_report", arguments: arguments, callId: "c1", result: "a big result"),
                 start: 901, end: 1_500, status: SpanStatus(code: .error, message: "timeout")),
            Span(traceId: "t1", spanId: "gate", kind: .guardrail, name: "approval", start: 1_600, end: 1_601,
                 attributes: ["tracegate.decision": .string("DENY"), "tracegate.decision.tool": .string("restart")]),
        ]
        return Trace(traceId: "t1", caseId: "case-1", query: "why?", finalAnswer: "because", architecture: .llmLed, route: "ops",
                     recordedOutcome: 0.5, format: "otlp", dialects: ["genai", "openinference"], spans: spans)
    }

    @Test("every field the evaluators read comes back exactly; attributes, results, parents and user messages are left out")
    func roundTrip() throws {
        let trace = Self.sample()
        let back = try TraceDigest.decode(TraceDigest.encode(trace))
        #expect(back.traceId == "t1" && back.caseId == "case-1" && back.query == "why?" && back.finalAnswer == "because")
        #expect(back.architecture == .llmLed && back.route == "ops" && back.recordedOutcome == 0.5 && back.format == "otlp")
        #expect(back.dialects == ["genai", "openinference"] && back.termination == "max_steps")
        #expect(back.totals == trace.totals)
        #expect(back.spans.map(\.spanId) == ["root", "llm1", "tool1", "gate"])
        for (kept, original) in zip(back.spans, trace.spans) {
            #expect(kept.traceId == original.traceId && kept.kind == original.kind && kept.name == original.name && kept.step == original.step)
            #expect(kept.route == original.route && kept.model == original.model && kept.usage == original.usage)
            #expect(kept.start == original.start && kept.end == original.end && kept.status == original.status)
            #expect(kept.stopReason == original.stopReason && kept.decision == original.decision)
            #expect(kept.tool?.name == original.tool?.name && kept.tool?.arguments == original.tool?.arguments
                && kept.tool?.callId == original.tool?.callId)
            #expect(kept.attributes.isEmpty && kept.parentSpanId == nil && kept.userMessage == nil && kept.tool?.result == nil)
            #expect(kept.requestedToolCalls.isEmpty)
        }
        #expect(back.spans[1].outputText == "checking ✓")
        #expect(back.spans[3].decision == PolicyDecision(verdict: "deny", toolCallId: nil, tool: "restart"))
    }

    @Test("equal traces write equal bytes, whatever the key order of their arguments")
    func deterministic() {
        let one = Self.sample()
        var two = Self.sample()
        two.spans[2].tool?.arguments = .object(["min": .int(Int64.min), "nested": .object(["deep": .array([.object([:]), .array([])])]),
                                                "tags": .array([.string("a\u{0}b"), .null, .bool(true), .bool(false)]),
                                                "ratio": .double(0.1), "id": .int(Int64.max)])
        #expect(TraceDigest.encode(one) == TraceDigest.encode(two))
    }

    @Test("every truncation of a digest, and a flipped byte anywhere, is an error or a value, never a crash")
    func damaged() {
        let bytes = TraceDigest.encode(Self.sample())
        for length in 0..<bytes.count {
            #expect(throws: DigestError.self) { _ = try TraceDigest.decode(Array(bytes.prefix(length))) }
        }
        for index in bytes.indices {
            var flipped = bytes
            flipped[index] ^= 0xFF
            _ = try? TraceDigest.decode(flipped)
        }
        #expect(throws: DigestError.unknownVersion(2)) { _ = try TraceDigest.decode([2] + bytes.dropFirst()) }
        #expect(throws: DigestError.malformed("bytes follow the last span")) { _ = try TraceDigest.decode(bytes + [0]) }
    }
}
