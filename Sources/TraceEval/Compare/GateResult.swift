/// The gate's verdict: every line, notes on what was set aside, and the regressed cases' evidence.
public struct GateResult: Sendable, Hashable {
    /// The comparison judged; nil for `score --config`, which has no baseline.
    public var comparison: Comparison?
    /// The configuration applied.
    public var config: GateConfig
    /// Every checked line, coverage first, then routes in order, then overall.
    public var lines: [GateLine]
    /// What was not compared and why (cases changed in the golden, new cases, removed cases).
    public var notes: [String]
    /// Expected against actual trajectory for each case that went pass → fail.
    public var evidence: [CaseEvidence]

    /// Creates a result.
    public init(comparison: Comparison?, config: GateConfig, lines: [GateLine], notes: [String] = [], evidence: [CaseEvidence] = []) {
        self.comparison = comparison
        self.config = config
        self.lines = lines
        self.notes = notes
        self.evidence = evidence
    }

    /// The worst status of any line.
    public var status: GateLine.Status { lines.map(\.status).max() ?? .pass }

    /// Whether the build should fail: any failing line, or any warning under `strict`.
    public func failed(strict: Bool) -> Bool {
        status == .fail || (strict && status == .warn)
    }

    /// Lines with the given status.
    public func lines(_ status: GateLine.Status) -> [GateLine] { lines.filter { $0.status == status } }
}
