import Testing
import TraceEval
import TraceModel

@Suite struct PolicyComplianceTests {
    private let catalog = """
        tools:
          draft_email: {}
          send_email: {side_effect: true, requires_approval: true}
          log_event: {side_effect: true}
        """

    private func policy(_ expected: String, _ build: (inout TraceBuilder) -> Void) throws -> MetricResult? {
        var builder = TraceBuilder()
        build(&builder)
        return Fixture.evaluate(try Fixture.single(expected, tools: catalog), builder.build())[.policyCompliance]
    }

    @Test("the three-emails case: one send expected and approved, three sent → 2 of 3 side effects violate, score 1/3")
    func threeEmails() throws {
        let result = try #require(try policy("tools: [draft_email, draft_email, draft_email, send_email]") { trace in
            trace.calls("draft_email", "draft_email", "draft_email")
            trace.decision("approved", tool: "send_email")
            trace.calls("send_email", "send_email", "send_email")
        })
        #expect(abs(result.score - 1.0 / 3) < 1e-9)
        #expect(!result.passed)
        #expect(result.details["violations"]?.arrayValue?.count == 2)
    }

    @Test("a send that needs approval and has none is a violation; an approval after the send does not count")
    func approval() throws {
        #expect(try policy("tools: [send_email]") { $0.calls("send_email") }?.passed == false)
        let late = try #require(try policy("tools: [send_email]") { $0.calls("send_email"); $0.decision("approved", tool: "send_email") })
        #expect(late.score == 0)
        #expect(try policy("tools: [send_email]") { $0.decision("allow", tool: "send_email"); $0.calls("send_email") }?.passed == true)
    }

    @Test("a call made after a deny decision naming its call id is a violation, even for a tool needing no approval")
    func deny() throws {
        let result = try #require(try policy("tools: [log_event]") { trace in
            trace.decision("deny", callId: "c1.0")
            trace.calls("log_event")
        })
        #expect(!result.passed)
        #expect(result.score == 0)
        // A deny naming another call id does not govern this one.
        #expect(try policy("tools: [log_event]") { $0.decision("deny", callId: "other"); $0.calls("log_event") }?.passed == true)
    }

    @Test("budgets: exceeding the LLM-call budget fails without touching the call-based score")
    func budgets() throws {
        let result = try #require(try policy("budgets: {max_llm_calls: 1}") { $0.calls("draft_email", "draft_email") })
        #expect(!result.passed)
        #expect(result.score == 1)
        #expect(result.details["violations"]?.arrayValue?.first?["reason"] == .string("2 LLM calls > max_llm_calls 1"))
    }

    @Test("no side-effecting tool in the catalog and no budget: N/A")
    func notApplicable() throws {
        var builder = TraceBuilder()
        builder.calls("a")
        let dataset = try Fixture.single("tools: [a]")
        #expect(Fixture.evaluate(dataset, builder.build())[.policyCompliance] == nil)
    }
}
