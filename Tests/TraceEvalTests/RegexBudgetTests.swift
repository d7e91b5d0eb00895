import Testing
import TraceEval
import TraceModel

@Suite struct RegexBudgetTests {
    static let evil = String(repeating: "a", count: 40) + "!"

    @Test("a catastrophic regex runs out of its step budget quickly and is reported as an error of the golden, for 20 traces",
          .timeLimit(.minutes(1)))
    func catastrophic() throws {
        let dataset = try Fixture.single("""
            tools: [{lookup: {q: {regex: "^(a+)+$"}}}]
            outcome: {answer_regex: "^(b+)+$"}
            """)
        var builder = TraceBuilder()
        builder.turn([("lookup", .object(["q": .string(Self.evil)]), true)])
        builder.answer = String(repeating: "b", count: 40) + "!"
        let trace = builder.build()
        for _ in 0..<20 {
            let results = Fixture.evaluate(dataset, trace)
            let errors = results[.toolSelectionAccuracy]?.details["golden_errors"]?.arrayValue?.compactMap(\.stringValue) ?? []
            #expect(errors.count == 2, "\(errors)")
            #expect(errors.first?.contains("regex /^(a+)+$/ for argument 'q' of lookup ran out of its step budget") == true)
            #expect(errors.last?.contains("answer_regex /^(b+)+$/ ran out of its step budget") == true)
            #expect(results[.taskCompletion]?.details["golden_errors"] != nil, "every metric of the case carries it")
        }
    }

    @Test("the budget is counted in matching steps, so the outcome is the same every time; ordinary patterns are unaffected")
    func deterministic() {
        let regex = GoldenRegex("^(a+)+$")
        let outcomes = (0..<5).map { _ in regex.evaluate(Self.evil) }
        #expect(Set(outcomes) == [.tooCostly])
        #expect(regex.evaluate("aaaa") == .match)
        #expect(GoldenRegex("^(7|14)d$").evaluate(String(repeating: "x", count: 100_000)) == .noMatch)
        #expect(GoldenRegex("needle").evaluate(String(repeating: "hay ", count: 50_000) + "needle") == .match)
    }
}
