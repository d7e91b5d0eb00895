import TraceEval
import TraceModel

/// The score JSON (`tracegate.score/1`, the shape in DESIGN.md): sorted keys, plain numbers
/// rounded to six decimals, null where a value is unknown. A metric that does not apply to a
/// case is absent from that case's scores.
public enum ScoreJSON {
    /// The schema name.
    public static let schema = "tracegate.score/1"

    /// The document as a value.
    public static func value(_ score: RunScore) -> JSONValue {
        .object([
            "schema": .string(schema), "run": .string(score.run), "golden": .string(score.golden),
            "overall": group(score.overall, key: nil),
            "routes": .array(score.routes.map { group($0, key: "route") }),
            "steps": .array(score.steps.map { step in
                .object(["route": .string(step.route), "tool": .string(step.tool), "expected": .int(Int64(step.expected)),
                         "missing": .int(Int64(step.missing)), "failed": .int(Int64(step.failed))])
            }),
            "cases": .array(score.cases.map(caseValue)),
            "unlinked_traces": .array(score.unlinkedTraces.map(JSONValue.string)),
            "cases_without_trace": .array(score.casesWithoutTrace.map(JSONValue.string)),
        ])
    }

    /// The document as text, ending with a newline.
    public static func render(_ score: RunScore) -> String {
        value(score).prettyText + "\n"
    }

    static func group(_ group: GroupScore, key: String?) -> JSONValue {
        var object: [String: JSONValue] = [
            "n_cases": .int(Int64(group.cases)), "n_traces": .int(Int64(group.traces)),
            "metrics": .object(Dictionary(uniqueKeysWithValues: group.metrics.map { metric, summary in
                (metric.rawValue, JSONValue.object([
                    "n": .int(Int64(summary.n)), "mean": number(summary.mean), "pass_rate": number(summary.passRate),
                    "ci95": .array([number(summary.ci95.lowerBound), number(summary.ci95.upperBound)]),
                ]))
            })),
            "pass_k": .object(Dictionary(uniqueKeysWithValues: group.passK.map { (String($0.key), number($0.value)) })),
            "stats": stats(group.stats),
        ]
        if let key { object[key] = .string(group.name) }
        return .object(object)
    }

    static func stats(_ stats: StatsSummary) -> JSONValue {
        .object([
            "llm_calls_mean": number(stats.llmCallsMean), "tool_calls_mean": number(stats.toolCallsMean),
            "input_tokens_mean": number(stats.inputTokensMean), "output_tokens_mean": number(stats.outputTokensMean),
            "cost_usd_mean": stats.costMean.map(number) ?? .null, "cost_per_success_usd": stats.costPerSuccess.map(number) ?? .null,
            "latency_ms_p50": number(stats.latencyP50), "latency_ms_p95": number(stats.latencyP95),
            "latency_ms_p99": number(stats.latencyP99), "error_rate": number(stats.errorRate),
        ])
    }

    static func caseValue(_ score: CaseScore) -> JSONValue {
        .object([
            "case": .string(score.caseId), "trace": .string(score.traceId), "route": .string(score.route),
            "scores": .object(Dictionary(uniqueKeysWithValues: score.scores.map { metric, result in
                (metric.rawValue, JSONValue.object(["score": number(result.score), "passed": .bool(result.passed),
                                                    "details": .object(result.details)]))
            })),
        ])
    }

    /// A double rounded to six decimals (whole values print without a fraction).
    static func number(_ value: Double) -> JSONValue {
        guard value.isFinite else { return .null }
        return .double((value * 1_000_000).rounded() / 1_000_000)
    }
}
