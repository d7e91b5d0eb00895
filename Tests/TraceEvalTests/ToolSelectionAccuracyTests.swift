import Testing
import TraceEval
import TraceModel

@Suite struct ToolSelectionAccuracyTests {
    private func tsa(_ expected: String, _ build: (inout TraceBuilder) -> Void, tools: String = "") throws -> MetricResult? {
        var builder = TraceBuilder()
        build(&builder)
        return Fixture.evaluate(try Fixture.single(expected, tools: tools), builder.build())[.toolSelectionAccuracy]
    }

    @Test("greedy first-fit's false negative: superset arguments need the optimal assignment")
    func optimalNotGreedy() throws {
        // Expected [search{q:a}, search{q:a,lang:en}], actual [search{q:a,lang:en}, search{q:a}].
        // Greedy gives expected[0] the first actual (it matches under superset) and leaves expected[1] unmatched.
        let result = try tsa("""
            tools:
              - search: {q: a}
              - search: {q: a, lang: en}
            """) { trace in
            trace.turn([("search", .object(["q": .string("a"), "lang": .string("en")]), true), ("search", .object(["q": .string("a")]), true)])
        }
        #expect(result?.score == 1)
        #expect(result?.passed == true)
    }

    @Test("duplicates: two expected, one made → P 1, R 1/2, F1 2/3; one expected, two made → 2/3 too")
    func duplicates() throws {
        #expect(abs(try tsa("tools: [lookup, lookup]") { $0.calls("lookup") }!.score - 2.0 / 3) < 1e-9)
        #expect(abs(try tsa("tools: [lookup]") { $0.turn([("lookup", .object(["id": .int(1)]), true)]); $0.turn([("lookup", .object(["id": .int(2)]), true)]) }!.score - 2.0 / 3) < 1e-9)
    }

    @Test("a retry of a failed call counts once, so retrying is not punished as a duplicate")
    func retry() throws {
        let result = try tsa("tools: [lookup]") { trace in
            trace.turn([("lookup", .object(["id": .int(1)]), false)])
            trace.turn([("lookup", .object(["id": .int(1)]), true)])
        }
        #expect(result?.score == 1)
        #expect(result?.details["retries"] == .int(1))
    }

    @Test("a forbidden tool, or one outside the catalog, zeroes the score")
    func forbiddenAndHallucinated() throws {
        #expect(try tsa("tools: [a]\nforbidden_tools: [delete_all]") { $0.calls("a", "delete_all") }?.score == 0)
        let catalog = "tools:\n  a: {}\n  b: {}"
        #expect(try tsa("tools: [a]", { $0.calls("a", "made_up") }, tools: catalog)?.score == 0)
        #expect(try tsa("tools: [a]", { $0.calls("a") }, tools: catalog)?.score == 1)
    }

    @Test("empty sides: none expected and none made → 1; expected but none made → 0; none expected but some made → N/A or 0")
    func empties() throws {
        #expect(try tsa("expect_no_tools: true") { _ in }?.score == 1)
        #expect(try tsa("tools: [a]") { _ in }?.score == 0)
        #expect(try tsa("tools: []") { $0.calls("a") } == nil)
        #expect(try tsa("tools: []\nexpect_no_tools: true") { $0.calls("a") }?.score == 0)
        #expect(try tsa("trajectory: {steps: [a]}") { $0.calls("a") } == nil)
    }

    @Test("F1 with a wrong tool: expected [a, b], made [a, c] → P 1/2, R 1/2, F1 1/2; fails the default threshold 1.0")
    func partial() throws {
        let result = try #require(try tsa("tools: [a, b]") { $0.calls("a", "c") })
        #expect(abs(result.score - 0.5) < 1e-9)
        #expect(!result.passed)
    }
}
