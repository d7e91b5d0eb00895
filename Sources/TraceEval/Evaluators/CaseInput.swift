import TraceModel

/// Everything the evaluators need about one trace of one case, computed once.
public struct CaseInput: Sendable {
    /// The golden case.
    public let golden: GoldenCase
    /// The trace.
    public let trace: Trace
    /// The dataset (tool catalog, defaults, thresholds).
    public let dataset: GoldenDataset
    /// Run-wide overrides.
    public let options: EvaluationOptions
    /// Every tool call in execution order, retries included.
    public let rawCalls: [ActualCall]
    /// Logical calls after retry collapsing.
    public let calls: [ActualCall]
    /// Retries folded into logical calls.
    public let retries: Int
    /// The trace's cost in US dollars, when every model used has a price.
    public let cost: Double?
    /// The metrics whose details are made; the others' results carry none. Details are most of
    /// an evaluator's work, and a gate keeps only the alignment of each case's first trial.
    public let detailed: Set<Metric>

    /// Prepares the input; `detailed` names the metrics whose details are made (all, unless told).
    public init(golden: GoldenCase, trace: Trace, dataset: GoldenDataset, options: EvaluationOptions,
                detailed: Set<Metric> = Set(Metric.allCases)) {
        self.golden = golden
        self.trace = trace
        self.dataset = dataset
        self.options = options
        self.detailed = detailed
        rawCalls = ActualCall.calls(in: trace)
        (calls, retries) = RetryCollapser.collapse(rawCalls)
        cost = options.prices.cost(of: trace)
    }

    /// s(e, a): 1 when the names are equal and the arguments match under the policy, else 0.
    public func similarity(_ expected: ExpectedCall, _ actual: ActualCall) -> Double {
        guard expected.tool == actual.name else { return 0 }
        let mode = options.argsMatch ?? dataset.argsMatch(for: expected.tool)
        return expected.argumentsMatch(actual.arguments, mode: mode) ? 1 : 0
    }

    /// The similarity matrix of `expected` against `actual`.
    public func weights(_ expected: [ExpectedCall], _ actual: [ActualCall]) -> [[Double]] {
        expected.map { call in actual.map { similarity(call, $0) } }
    }

    /// The trajectory mode in force.
    public var trajectoryMode: TrajectoryMode {
        options.trajectoryMode ?? golden.expected.trajectory?.mode ?? dataset.trajectoryMode
    }

    /// True when the catalog marks `tool` as side-effecting.
    public func isSideEffect(_ tool: String) -> Bool {
        dataset.tools[tool]?.sideEffect ?? false
    }
}
