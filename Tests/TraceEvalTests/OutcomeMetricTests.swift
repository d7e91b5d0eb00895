import Testing
import TraceEval
import TraceModel

@Suite struct OutcomeMetricTests {
    private func evaluate(_ expected: String, tools: String = "", _ build: (inout TraceBuilder) -> Void) throws -> [Metric: MetricResult] {
        var builder = TraceBuilder()
        build(&builder)
        return Fixture.evaluate(try Fixture.single(expected, tools: tools), builder.build())
    }

    @Test("\"4\" is not \"42\": answer_contains, answer_equals and answer_number all refuse it")
    func fourIsNotFortyTwo() throws {
        for criterion in ["answer_contains: [\"4\"]", "answer_equals: \"4\"", "answer_number: {value: 4}"] {
            let wrong = try evaluate("outcome:\n  \(criterion)") { $0.answer = "The answer is 42." }
            #expect(wrong[.taskCompletion]?.passed == false, "\(criterion)")
        }
        let right = try evaluate("outcome:\n  answer_contains: [\"4\"]\n  answer_number: {value: 4}") { $0.answer = "It is 4." }
        #expect(right[.taskCompletion]?.passed == true)
        #expect(try evaluate("outcome: {answer_contains: [\"p95 latency\"]}") { $0.answer = "the p95 latency rose" }[.taskCompletion]?.passed == true)
        #expect(try evaluate("outcome: {answer_number: {value: 1200, abs: 0}}") { $0.answer = "1,200 requests" }[.taskCompletion]?.passed == true)
    }

    @Test("score is satisfied over applicable criteria: 2 of 3 hold → 2/3, not passed")
    func partialCredit() throws {
        let result = try #require(try evaluate("""
            outcome:
              answer_contains: [cluster-a]
              answer_regex: "p9[59]"
              must_communicate: ["1,200 requests"]
            """) { $0.answer = "cluster-a p95 is fine" }[.taskCompletion])
        #expect(abs(result.score - 2.0 / 3) < 1e-9)
        #expect(!result.passed)
    }

    @Test("must_communicate folds case and commas and looks in every assistant message")
    func mustCommunicate() throws {
        let result = try evaluate("outcome: {must_communicate: [\"1,200 Requests\"]}") { trace in
            trace.turn([], text: "We saw 1200 requests yesterday.")
            trace.answer = "Done."
        }
        #expect(result[.taskCompletion]?.passed == true)
    }

    @Test("required actions are matched one to one by successful calls")
    func requiredActions() throws {
        let two = "outcome:\n  required_actions: [refund, refund]"
        #expect(try evaluate(two) { $0.calls("refund") }[.taskCompletion]?.passed == false)
        #expect(try evaluate(two) { $0.turn([("refund", .object(["id": .int(1)]), true)]); $0.turn([("refund", .object(["id": .int(2)]), true)]) }[.taskCompletion]?.passed == true)
        #expect(try evaluate("outcome: {required_actions: [refund]}") { $0.turn([("refund", nil, false)]) }[.taskCompletion]?.passed == false)
    }

    @Test("recorded outcome: a reward of 1 passes, 0 fails, none recorded fails")
    func recorded() throws {
        #expect(try evaluate("outcome: {recorded: true}") { $0.recorded = 1; $0.answer = "ok" }[.taskCompletion]?.passed == true)
        #expect(try evaluate("outcome: {recorded: true}") { $0.recorded = 0; $0.answer = "ok" }[.taskCompletion]?.passed == false)
        #expect(try evaluate("outcome: {recorded: true}") { $0.answer = "ok" }[.taskCompletion]?.passed == false)
    }

    @Test("termination normal fails when the last model call was cut by length")
    func termination() throws {
        #expect(try evaluate("outcome: {termination: normal}") { $0.turn([], text: "partial", stop: "length"); $0.answer = "partial" }[.taskCompletion]?.passed == false)
        #expect(try evaluate("outcome: {termination: normal}") { $0.turn([], text: "done"); $0.answer = "done" }[.taskCompletion]?.passed == true)
    }

    @Test("an empty trajectory fails unless no action was expected; expect_no_action fails on a side effect")
    func emptyAndNoAction() throws {
        let catalog = "tools:\n  send_email: {side_effect: true}"
        #expect(try evaluate("outcome: {termination: normal}") { _ in }[.taskCompletion]?.passed == false)
        #expect(try evaluate("outcome: {expect_no_action: true}", tools: catalog) { _ in }[.taskCompletion]?.passed == true)
        #expect(try evaluate("outcome: {expect_no_action: true}", tools: catalog) { $0.calls("send_email") }[.taskCompletion]?.passed == false)
    }

    @Test("no outcome criteria: TaskCompletion is N/A, and so is the success-weighted StepEfficiency")
    func notApplicable() throws {
        let result = try evaluate("trajectory: {steps: [a]}") { $0.calls("a") }
        #expect(result[.taskCompletion] == nil)
        #expect(result[.stepEfficiency] == nil)
    }

    @Test("step efficiency: success × L*/max(L*, N); a short failed run scores 0, never well")
    func stepEfficiency() throws {
        let expected = "optimal_steps: 2\noutcome: {answer_contains: [done]}"
        // Success with 4 calls (one retry counted): 2 / 4.
        let slow = try evaluate(expected) { trace in
            trace.turn([("a", nil, false)]); trace.turn([("a", nil, true)]); trace.calls("b", "b"); trace.answer = "done"
        }
        #expect(slow[.stepEfficiency]?.score == 0.5)
        #expect(slow[.stepEfficiency]?.passed == true)
        #expect(slow[.stepEfficiency]?.details["redundant_calls"]?.arrayValue?.count == 1)
        // One call and a wrong answer: short, but failed → 0.
        let short = try evaluate(expected) { $0.calls("a"); $0.answer = "gave up" }
        #expect(short[.stepEfficiency]?.score == 0)
        // Exactly the optimal path: 1.
        #expect(try evaluate(expected) { $0.calls("a", "b"); $0.answer = "done" }[.stepEfficiency]?.score == 1)
        // L* = 0 and no calls: 1.
        #expect(try evaluate("optimal_steps: 0\noutcome: {answer_contains: [hi]}") { $0.answer = "hi" }[.stepEfficiency]?.score == 1)
    }

    @Test("a loop of two tools repeated three times is reported")
    func loops() throws {
        let result = try evaluate("optimal_steps: 2\noutcome: {answer_contains: [x]}") { $0.calls("a", "b", "a", "b", "a", "b"); $0.answer = "x" }
        #expect(result[.stepEfficiency]?.details["loops"] == .array([.object(["pattern": .array([.string("a"), .string("b")]), "repeats": .int(3)])]))
    }
}
