/// One cost-side figure compared: LLM calls, tool calls, tokens, cost, cost per success, latency.
public struct CostComparison: Sendable, Hashable {
    /// The figure's key (`llm_calls`, `tokens`, `cost_usd`, `latency_ms_p50`, …).
    public var name: String
    /// Baseline value, when known.
    public var baseline: Double?
    /// Candidate value, when known.
    public var candidate: Double?
    /// Paired-bootstrap 95 % interval of the per-case difference, for means.
    public var ci95: ClosedRange<Double>?

    /// (candidate − baseline) / baseline, when both are known and the baseline is not 0.
    public var relativeChange: Double? {
        guard let baseline, let candidate, baseline != 0 else { return nil }
        return (candidate - baseline) / baseline
    }
}
