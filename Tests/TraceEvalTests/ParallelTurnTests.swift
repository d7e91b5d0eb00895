import Testing
import TraceEval
import TraceModel

/// Calls made in one model turn are parallel: their order inside the turn does not count in the
/// ordered modes, while calls in separate turns keep their order.
@Suite struct ParallelTurnTests {
    private let dataset: GoldenDataset = {
        try! Fixture.single("""
            trajectory:
              mode: exact
              steps: [{weather: {city: London}}, {weather: {city: SF}}]
            """)
    }()

    private func score(_ build: (inout TraceBuilder) -> Void) -> MetricResult? {
        var builder = TraceBuilder()
        build(&builder)
        return Fixture.evaluate(dataset, builder.build())[.trajectoryScore]
    }

    @Test("[weather(SF), weather(London)] in one turn passes exact against [London, SF]")
    func oneTurn() {
        let result = score { $0.turn([("weather", .object(["city": .string("SF")]), true), ("weather", .object(["city": .string("London")]), true)]) }
        #expect(result?.passed == true)
        #expect(result?.score == 1)
        #expect(result?.details["out_of_order"]?.arrayValue?.isEmpty == true)
    }

    @Test("the same calls in two turns, SF first, fail exact: order across turns counts")
    func twoTurns() {
        let result = score {
            $0.turn([("weather", .object(["city": .string("SF")]), true)])
            $0.turn([("weather", .object(["city": .string("London")]), true)])
        }
        #expect(result?.passed == false)
        // LCS keeps one of the two in order: similarity 1/2.
        #expect(result?.score == 0.5)
    }

    @Test("in_order over turns: a parallel turn between ordered steps is matched inside the turn")
    func mixed() throws {
        let inOrder = try Fixture.single("""
            trajectory:
              mode: in_order
              steps: [plan, {weather: {city: London}}, {weather: {city: SF}}, summarize]
            """)
        var builder = TraceBuilder()
        builder.calls("plan")
        builder.turn([("weather", .object(["city": .string("SF")]), true), ("weather", .object(["city": .string("London")]), true)])
        builder.calls("summarize")
        #expect(Fixture.evaluate(inOrder, builder.build())[.trajectoryScore]?.passed == true)
    }
}
