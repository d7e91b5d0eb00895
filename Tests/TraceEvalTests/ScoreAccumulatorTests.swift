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

    @Test("keeping only the evidence's details leaves every number and the evidence's rows as they were, in batches of 1, 3 and all",
          arguments: [1, 3, 0])
    func evidenceDetails(_ batch: Int) throws {
        // Two trials of every case: only the first trial's alignment details may be kept, whether
        // the second trial comes in the same batch or a later one.
        let (whole, lean) = try Self.scored(keeping: .evidence, batch: batch)
        var seen: Set<String> = []
        var kept = 0
        var firstWithAlignment = 0
        for (full, trimmed) in zip(whole.cases, lean.cases) {
            #expect(full.scores.mapValues(\.score) == trimmed.scores.mapValues(\.score))
            #expect(full.scores.mapValues(\.passed) == trimmed.scores.mapValues(\.passed))
            let first = seen.insert(full.caseId).inserted
            if first, let source = AlignmentRow.source(in: full.scores), full.scores[source]?.details.isEmpty == false { firstWithAlignment += 1 }
            for (metric, result) in trimmed.scores where !result.details.isEmpty {
                #expect(first && metric == AlignmentRow.source(in: full.scores), "\(metric.rawValue) of \(full.caseId) kept its details")
                #expect(result.details == full.scores[metric]?.details, "\(metric.rawValue) of \(full.caseId) kept all its details")
                kept += 1
            }
            if first { #expect(AlignmentRow.rows(trimmed) == AlignmentRow.rows(full)) }
        }
        #expect(kept == firstWithAlignment && kept > 0, "each case's first trial keeps its alignment details")
        #expect(whole.cases.count > seen.count, "some cases have a second trial, whose details are dropped")
    }

    @Test("keeping no details leaves every number, and the case summaries, as they were")
    func noDetails() throws {
        let (whole, bare) = try Self.scored(keeping: .none)
        #expect(zip(whole.cases, bare.cases).allSatisfy { full, stripped in
            full.scores.mapValues(\.score) == stripped.scores.mapValues(\.score) && full.stats == stripped.stats
        })
        #expect(whole.cases.contains { $0.scores.values.contains { !$0.details.isEmpty } }, "the full score has details to drop")
        #expect(bare.cases.allSatisfy { $0.scores.values.allSatisfy(\.details.isEmpty) })
    }

    /// The ops demo runs (two trials of every case) scored whole, and scored keeping `details`;
    /// every aggregate and every case summary of the two must agree.
    /// `batch` traces at a time (0: all at once).
    private static func scored(keeping details: ScoreAccumulator.Details, batch: Int = 0) throws -> (whole: RunScore, kept: RunScore) {
        let dataset = try DemoScenarioTests.golden("ops")
        let traces = try DemoScenarioTests.traces("ops-llm-led") + DemoScenarioTests.traces("ops-orchestrator")
        let scorer = Scorer(dataset: dataset)
        let whole = scorer.score(traces, run: "r")
        var accumulator = ScoreAccumulator(scorer, details: details)
        let size = batch == 0 ? traces.count : batch
        for start in stride(from: 0, to: traces.count, by: size) {
            accumulator.add(Array(traces[start..<min(traces.count, start + size)]))
        }
        let kept = accumulator.finish(run: "r")
        #expect(kept.cases.count == whole.cases.count)
        #expect(kept.overall == whole.overall && kept.routes == whole.routes && kept.tags == whole.tags && kept.steps == whole.steps)
        #expect(CaseSummary.summaries(of: kept, dataset: dataset) == CaseSummary.summaries(of: whole, dataset: dataset))
        return (whole, kept)
    }
}
