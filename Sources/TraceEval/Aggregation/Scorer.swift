import Foundation
import TraceModel

/// Scores a run's traces against a golden dataset: link, evaluate each trace, aggregate.
///
/// Pure: traces and the dataset in, a ``RunScore`` out.
public struct Scorer: Sendable {
    /// The dataset.
    public let dataset: GoldenDataset
    /// Run-wide overrides and prices.
    public let options: EvaluationOptions

    /// Creates a scorer.
    public init(dataset: GoldenDataset, options: EvaluationOptions = EvaluationOptions()) {
        self.dataset = dataset
        self.options = options
    }

    /// The score of `traces`, named `run`.
    public func score(_ traces: [Trace], run: String) -> RunScore {
        let linked = Linker.link(traces, to: dataset)
        var pairs: [(GoldenCase, Trace)] = []
        for golden in dataset.cases {
            for trace in linked.traces[golden.id] ?? [] { pairs.append((golden, trace)) }
        }
        let cases = scoreAll(pairs)
        let aggregator = Aggregator(dataset: dataset, casesWithoutTrace: Set(linked.casesWithoutTrace))
        let unlinked = Set(linked.unlinked.prefix(5))
        let hints = traces.filter { unlinked.contains($0.traceId) }.compactMap {
            LinkHint.hint(for: LinkHint.TraceFacts(traceId: $0.traceId, caseId: $0.caseId, query: $0.query), in: dataset)
        }
        var score = RunScore(
            run: run, golden: dataset.name, overall: aggregator.group("overall", cases, caseFilter: { _ in true }),
            routes: Set(dataset.cases.map(\.route)).sorted().map { route in
                aggregator.group(route, cases.filter { $0.route == route }, caseFilter: { $0.route == route })
            },
            tags: Set(dataset.cases.flatMap(\.tags)).sorted().map { tag in
                aggregator.group(tag, cases.filter { $0.tags.contains(tag) }, caseFilter: { $0.tags.contains(tag) })
            },
            steps: aggregator.steps(cases), cases: cases, unlinkedTraces: linked.unlinked,
            casesWithoutTrace: linked.casesWithoutTrace
        )
        score.linkHints = hints
        return score
    }

    /// The scores of `pairs`, in their order. Each case is scored on its own (evaluation is pure),
    /// so large runs are split across the machine's cores; the result is the same as one by one.
    func scoreAll(_ pairs: [(GoldenCase, Trace)]) -> [CaseScore] {
        ChunkedWork.map(count: pairs.count, minimum: 256) { range in pairs[range].map { score($0.1, for: $0.0) } }.flatMap { $0 }
    }

    /// The scores of one trace of one case.
    public func score(_ trace: Trace, for golden: GoldenCase) -> CaseScore {
        let input = CaseInput(golden: golden, trace: trace, dataset: dataset, options: options)
        let totals = trace.totals
        let stats = TraceStats(llmCalls: totals.llmCalls, toolCalls: totals.toolCalls, inputTokens: totals.usage.input,
                               outputTokens: totals.usage.output, cost: input.cost, latencyMs: Double(totals.latencyNanos) / 1_000_000,
                               hasError: totals.errorCount > 0, stopReason: totals.finalStopReason?.category.rawValue)
        return CaseScore(caseId: golden.id, traceId: trace.traceId, route: golden.route, tags: golden.tags, critical: golden.critical,
                         scores: CaseEvaluator.evaluate(input), steps: StepOutcomes.compute(input), stats: stats)
    }
}
