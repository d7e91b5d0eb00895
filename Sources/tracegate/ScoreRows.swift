import TraceEval
import TraceModel
import TraceStore

/// Turns a run score into store rows.
enum ScoreRows {
    static func rows(_ score: RunScore) -> [ScoreRow] {
        score.cases.flatMap { caseScore in
            caseScore.scores.keys.sorted().map { metric in
                let result = caseScore.scores[metric]!
                return ScoreRow(traceId: caseScore.traceId, caseId: caseScore.caseId, metric: metric.rawValue, score: result.score,
                                passed: result.passed, details: JSONValue.object(result.details).canonicalText)
            }
        }
    }
}
