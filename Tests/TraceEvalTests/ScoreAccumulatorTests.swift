import Foundation
import Testing
import TraceEval
import TraceModel

/// Scoring a run batch by batch (as gate and compare read a stored run) gives exactly the score
/// of the whole run at once, whatever the batch size.
@Suite struct ScoreAccumulatorTests {
    @Test("batches of 1, 2, 5, 17 and 10,000 traces score as the whole run does", arguments: [1, 2, 5, 17, 10_000])
    func batched(_ size: Int) throws {
        let dataset = try DemoScenarioTests.golden("ops")
        // Two trials of every ops case, traces of another dataset that link to nothing, and traces
        // whose case id is gone so that they link by their query.
        var traces = try DemoScenarioTests.traces("ops-llm-led") + DemoScenarioTests.traces("ops-orchestrator")
        traces += try DemoScenarioTests.traces("sales-llm-led").prefix(8)
        for index in stride(from: 0, to: 20, by: 4) { traces[index].caseId = nil }
        let scorer = Scorer(dataset: dataset)
        let whole = scorer.score(traces, run: "r")
        #expect(whole.unlinkedTraces.count == 8, "the traces without a case id link by their query")
        #expect(whole.casesWithoutTrace.isEmpty)
        #expect(whole.cases.count > dataset.cases.count, "some cases have two trials")
        var accumulator = ScoreAccumulator(scorer)
        for start in stride(from: 0, to: traces.count, by: size) {
            accumulator.add(Array(traces[start..<min(traces.count, start + size)]))
        }
        #expect(accumulator.finish(run: "r") == whole)
    }
}
