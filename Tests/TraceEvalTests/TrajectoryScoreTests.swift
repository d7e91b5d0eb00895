import Testing
import TraceEval
import TraceModel

@Suite struct TrajectoryScoreTests {
    private func score(_ mode: String, expected: [String], actual: [String], constraints: String = "") throws -> MetricResult {
        var builder = TraceBuilder()
        for name in actual { builder.calls(name) }
        let steps = "[" + expected.joined(separator: ", ") + "]"
        let dataset = try Fixture.single("trajectory:\n  mode: \(mode)\n  steps: \(steps)\n\(constraints)")
        return try #require(Fixture.evaluate(dataset, builder.build())[.trajectoryScore])
    }

    @Test("each mode on expected [a, b, c] against actual [a, c, b, d] (worked by hand)", arguments: [
        // exact: LCS a,b (or a,c) = 2 / max(3,4) = 0.5, fails.
        ("exact", 0.5, false),
        // in_order: LCS 2 / 3, fails (c and b swapped).
        ("in_order", 2.0 / 3, false),
        // unordered: assignment 3 / max(3,4) = 0.75, fails (d is extra).
        ("unordered", 0.75, false),
        // contains_expected: 3 / 3 = 1, passes (extras allowed, order ignored).
        ("contains_expected", 1.0, true),
        // within_expected: 3 / 4 = 0.75, fails (d is outside the expected set).
        ("within_expected", 0.75, false),
        // aliases
        ("superset", 1.0, true),
        ("subset", 0.75, false),
        ("strict", 0.5, false),
    ])
    func modes(mode: String, expected: Double, passed: Bool) throws {
        let result = try score(mode, expected: ["a", "b", "c"], actual: ["a", "c", "b", "d"])
        #expect(abs(result.score - expected) < 1e-9)
        #expect(result.passed == passed)
    }

    @Test("order constraints multiply the similarity by the share satisfied")
    func orderConstraints() throws {
        // contains_expected holds (1.0); [b, a] is violated (a's call comes before any b), [a, c] holds → × 1/2.
        let result = try score("contains_expected", expected: ["a", "b", "c"], actual: ["a", "b", "c"],
                               constraints: "  must_precede: [[b, a], [a, c]]")
        #expect(abs(result.score - 0.5) < 1e-9)
        #expect(!result.passed)
    }

    @Test("empty lists: both empty → 1 and passed; expected empty, actual not → within fails, contains passes")
    func empties() throws {
        #expect(try score("exact", expected: [], actual: []).passed)
        #expect(try score("exact", expected: [], actual: []).score == 1)
        #expect(try score("within_expected", expected: [], actual: ["a"]).score == 0)
        #expect(try score("contains_expected", expected: [], actual: ["a"]).passed)
        #expect(try score("in_order", expected: ["a"], actual: []).score == 0)
        #expect(try score("within_expected", expected: ["a"], actual: []).passed)
    }

    @Test("parallel calls of one turn in either order satisfy unordered and exact alike: order inside a turn does not count")
    func parallel() throws {
        var builder = TraceBuilder()
        builder.turn([("get_trends", nil, true), ("get_report", nil, true)])
        let unordered = try Fixture.single("trajectory: {mode: unordered, steps: [get_report, get_trends]}")
        let exact = try Fixture.single("trajectory: {mode: exact, steps: [get_report, get_trends]}")
        #expect(Fixture.evaluate(unordered, builder.build())[.trajectoryScore]?.passed == true)
        #expect(Fixture.evaluate(exact, builder.build())[.trajectoryScore]?.passed == true)
    }

    @Test("details name the first divergence, the missing step and the extra call")
    func details() throws {
        let result = try score("in_order", expected: ["a", "b"], actual: ["a", "x"])
        #expect(result.details["first_divergence"]?["reason"] == .string("missing b"))
        #expect(result.details["missing"]?.arrayValue?.count == 1)
        #expect(result.details["extra"]?.arrayValue?.first?["tool"] == .string("x"))
    }

    @Test("--trajectory-mode overrides the case's mode")
    func override() throws {
        var builder = TraceBuilder()
        builder.calls("a", "c", "b", "d")
        let dataset = try Fixture.single("trajectory: {mode: exact, steps: [a, b, c]}")
        let result = Fixture.evaluate(dataset, builder.build(), options: EvaluationOptions(trajectoryMode: .containsExpected))
        #expect(result[.trajectoryScore]?.passed == true)
    }
}
