import TraceModel

/// One case of one run, its trials folded together: what the comparison pairs by case id.
///
/// A metric's value is the mean over the case's trials; the case passes a metric when more than
/// half of its trials pass (with one trial, that trial's verdict).
public struct CaseSummary: Sendable, Hashable, Codable {
    /// The case id.
    public var caseId: String
    /// The route.
    public var route: String
    /// Whether the case is critical.
    public var critical: Bool
    /// Number of traces (trials).
    public var trials: Int
    /// Mean score per metric key.
    public var scores: [Metric: Double]
    /// Pass verdict per metric key.
    public var passed: [Metric: Bool]
    /// Mean LLM calls over the trials.
    public var llmCalls: Double
    /// Mean tool calls over the trials.
    public var toolCalls: Double
    /// Mean input plus output tokens over the trials.
    public var tokens: Double
    /// Mean cost in dollars, when every trial's cost is known.
    public var cost: Double?
    /// Mean latency in milliseconds.
    public var latencyMs: Double
    /// Expected steps missed or failed, per tool (summed over trials).
    public var missingSteps: [String: Int]
    /// Expected steps expected, per tool (summed over trials).
    public var expectedSteps: [String: Int]
    /// The golden case's fingerprint when the summary was made (see `GoldenCase.fingerprint`).
    public var fingerprint: String?

    /// Creates a summary.
    public init(caseId: String, route: String, critical: Bool, trials: Int, scores: [Metric: Double], passed: [Metric: Bool],
                llmCalls: Double, toolCalls: Double, tokens: Double, cost: Double?, latencyMs: Double,
                missingSteps: [String: Int], expectedSteps: [String: Int]) {
        self.caseId = caseId
        self.route = route
        self.critical = critical
        self.trials = trials
        self.scores = scores
        self.passed = passed
        self.llmCalls = llmCalls
        self.toolCalls = toolCalls
        self.tokens = tokens
        self.cost = cost
        self.latencyMs = latencyMs
        self.missingSteps = missingSteps
        self.expectedSteps = expectedSteps
    }

    enum CodingKeys: String, CodingKey {
        case caseId = "case", route, critical, trials, scores, passed
        case llmCalls = "llm_calls", toolCalls = "tool_calls", tokens, cost = "cost_usd", latencyMs = "latency_ms"
        case missingSteps = "missing_steps", expectedSteps = "expected_steps", fingerprint = "golden_fingerprint"
    }

    /// Summaries of every scored case of `score`, plus cases with no trace (no scores, zero trials).
    public static func summaries(of score: RunScore, dataset: GoldenDataset) -> [CaseSummary] {
        let byCase = Dictionary(grouping: score.cases, by: \.caseId)
        // Each case's summary is its own: 10,000 of them are made on every core.
        return ChunkedWork.each(dataset.cases, minimum: 512) { golden in
            let traces = byCase[golden.id] ?? []
            var summary = CaseSummary(caseId: golden.id, route: golden.route, critical: golden.critical, trials: traces.count,
                                      scores: [:], passed: [:], llmCalls: 0, toolCalls: 0, tokens: 0, cost: nil, latencyMs: 0,
                                      missingSteps: [:], expectedSteps: [:])
            summary.fingerprint = golden.fingerprint
            guard !traces.isEmpty else { return summary }
            for metric in Metric.allCases {
                let results = traces.compactMap { $0.scores[metric] }
                guard !results.isEmpty else { continue }
                summary.scores[metric] = Statistics.mean(results.map(\.score))
                summary.passed[metric] = results.filter(\.passed).count * 2 > results.count
            }
            summary.llmCalls = Statistics.mean(traces.map { Double($0.stats.llmCalls) })
            summary.toolCalls = Statistics.mean(traces.map { Double($0.stats.toolCalls) })
            summary.tokens = Statistics.mean(traces.map { Double($0.stats.totalTokens) })
            let costs = traces.compactMap(\.stats.cost)
            summary.cost = costs.count == traces.count ? Statistics.mean(costs) : nil
            summary.latencyMs = Statistics.mean(traces.map(\.stats.latencyMs))
            for step in traces.flatMap(\.steps) {
                summary.expectedSteps[step.tool, default: 0] += 1
                if step.missing || step.failed { summary.missingSteps[step.tool, default: 0] += 1 }
            }
            return summary
        }
    }
}
