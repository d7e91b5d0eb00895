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
        var accumulator = ScoreAccumulator(self)
        accumulator.add(traces)
        return accumulator.finish(run: run)
    }

    /// The scores of `pairs`, in their order, each with the details of the metrics it names. Each
    /// case is scored on its own (evaluation is pure), so large runs are split across the
    /// machine's cores; the result is the same as one by one.
    func scoreAll(_ pairs: [(golden: GoldenCase, trace: Trace, detailed: Set<Metric>)]) -> [CaseScore] {
        ChunkedWork.each(pairs, minimum: 256) { score($0.trace, for: $0.golden, detailed: $0.detailed) }
    }

    /// The scores of one trace of one case, with the details of the metrics `detailed` names.
    public func score(_ trace: Trace, for golden: GoldenCase, detailed: Set<Metric> = Set(Metric.allCases)) -> CaseScore {
        let input = CaseInput(golden: golden, trace: trace, dataset: dataset, options: options, detailed: detailed)
        let totals = trace.totals
        let stats = TraceStats(llmCalls: totals.llmCalls, toolCalls: totals.toolCalls, inputTokens: totals.usage.input,
                               outputTokens: totals.usage.output, cost: input.cost, latencyMs: Double(totals.latencyNanos) / 1_000_000,
                               hasError: totals.errorCount > 0, stopReason: totals.finalStopReason?.category.rawValue)
        return CaseScore(caseId: golden.id, traceId: trace.traceId, route: golden.route, tags: golden.tags, critical: golden.critical,
                         scores: CaseEvaluator.evaluate(input), steps: StepOutcomes.compute(input), stats: stats)
    }
}
