import TraceEval
import TraceModel

/// One sentence on why a case scored as it did: the first failed outcome criterion, the first
/// divergence of its trajectory, or its first policy violation.
public enum CaseReason {
    /// The reason, or nil when every metric passed.
    public static func of(_ score: CaseScore) -> String? {
        var reasons: [String] = []
        // An error of the golden file (a regex over its step budget) comes first: the verdicts depend on it.
        if let errors = score.scores.values.lazy.compactMap({ $0.details["golden_errors"]?.arrayValue }).first, let first = errors.first?.stringValue {
            reasons.append("golden error: " + first)
        }
        if let task = score.scores[.taskCompletion], !task.passed {
            let failed = task.details["failed"]?.arrayValue?.compactMap(\.stringValue) ?? []
            reasons.append("task: " + (failed.isEmpty ? "failed" : failed.joined(separator: "; ")))
        }
        if let trajectory = score.scores[.trajectoryScore], !trajectory.passed {
            let divergence = trajectory.details["first_divergence"]?["reason"]?.stringValue
            let extra = trajectory.details["extra"]?.arrayValue?.count ?? 0
            reasons.append("trajectory: " + (divergence ?? (extra > 0 ? "\(extra) extra call(s)" : "order constraint broken")))
        }
        if let policy = score.scores[.policyCompliance], !policy.passed,
           let first = policy.details["violations"]?.arrayValue?.first {
            let tool = first["call"]?["tool"]?.stringValue.map { "\($0): " } ?? ""
            reasons.append("policy: " + tool + (first["reason"]?.stringValue ?? "violation"))
        }
        if let tools = score.scores[.toolSelectionAccuracy], !tools.passed, reasons.isEmpty {
            reasons.append(String(format: "tool selection %.2f", tools.score))
        }
        return reasons.isEmpty ? nil : reasons.joined(separator: " · ")
    }

    /// The cases that did worst: lowest mean score over the metrics that apply, failures first.
    public static func worst(_ cases: [CaseScore], limit: Int) -> [CaseScore] {
        // Summed in metric order, not dictionary order, so equal inputs give the same bits and the same report.
        func mean(_ score: CaseScore) -> Double {
            let values = Metric.allCases.compactMap { score.scores[$0]?.score }
            return values.isEmpty ? 1 : values.reduce(0, +) / Double(values.count)
        }
        return cases.filter { of($0) != nil }
            .sorted { mean($0) != mean($1) ? mean($0) < mean($1) : ($0.caseId, $0.traceId) < ($1.caseId, $1.traceId) }
            .prefix(limit).map { $0 }
    }
}
