import TraceEval
import TraceModel

/// Lists the PolicyCompliance violations of a scored run, one line per violation.
public enum PolicyViolations {
    /// The lines (empty when nothing violated a policy).
    public static func lines(_ score: RunScore) -> [String] {
        score.cases.flatMap { caseScore -> [String] in
            guard let result = caseScore.scores[.policyCompliance], !result.passed else { return [] }
            return (result.details["violations"]?.arrayValue ?? []).map { violation in
                var line = "  \(TerminalText.safe(caseScore.caseId, limit: 40)): "
                if let tool = violation["call"]?["tool"]?.stringValue {
                    let position = violation["call"]?["index"]?.int64Value.map { " (call \($0 + 1))" } ?? ""
                    line += "\(TerminalText.safe(tool, limit: 40))\(position) — "
                }
                return line + TerminalText.safe(violation["reason"]?.stringValue ?? "violation", limit: 200)
            }
        }
    }
}
