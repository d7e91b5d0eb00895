import TraceEval
import TraceModel

/// Comparison and gate results as JSON (`tracegate.compare/1`, `tracegate.gate/1`), sorted keys.
public enum ComparisonJSON {
    /// The comparison document.
    public static func value(_ comparison: Comparison) -> JSONValue {
        .object([
            "schema": .string("tracegate.compare/1"), "baseline": .string(comparison.baseline),
            "candidate": .string(comparison.candidate), "golden": .string(comparison.golden),
            "overall": route(comparison.overall), "routes": .array(comparison.routes.map(route)),
            "missing_from_candidate": .array(comparison.missingFromCandidate.map(JSONValue.string)),
            "only_in_candidate": .array(comparison.onlyInCandidate.map(JSONValue.string)),
        ])
    }

    /// The gate document: the verdict, every line, and the comparison.
    public static func gate(_ result: GateResult, strict: Bool) -> JSONValue {
        .object([
            "schema": .string("tracegate.gate/1"), "verdict": .string(result.failed(strict: strict) ? "fail" : result.status.rawValue),
            "lines": .array(result.lines.map { line in
                var object: [String: JSONValue] = ["route": .string(line.route), "check": .string(line.check.key),
                                                   "status": .string(line.status.rawValue), "reason": .string(line.reason)]
                if let caseId = line.caseId { object["case"] = .string(caseId) }
                return .object(object)
            }),
            "notes": .array(result.notes.map(JSONValue.string)),
            "regressed_cases": .array(result.evidence.map { item in
                .object(["case": .string(item.caseId), "route": .string(item.route),
                         "metrics": .array(item.metrics.map { .string($0.rawValue) }),
                         "rows": .array(item.rows.map { row in
                             .object(["status": .string(row.status.rawValue), "expected": row.expected.map(JSONValue.string) ?? .null,
                                      "actual": row.actual.map(JSONValue.string) ?? .null,
                                      "ok": row.succeeded.map(JSONValue.bool) ?? .null])
                         }),
                         "trace": item.traceId.map(JSONValue.string) ?? .null])
            }),
            "comparison": result.comparison.map(value) ?? .null,
        ])
    }

    static func route(_ route: RouteComparison) -> JSONValue {
        let n = ScoreJSON.number
        return .object([
            "route": .string(route.route), "paired_cases": .int(Int64(route.pairedCases)),
            "metrics": .object(Dictionary(uniqueKeysWithValues: route.metrics.map { metric in
                (metric.metric.rawValue, JSONValue.object([
                    "n": .int(Int64(metric.n)), "baseline": n(metric.baseline), "candidate": n(metric.candidate),
                    "difference": n(metric.difference),
                    "ci95": metric.hasInterval ? .array([n(metric.ci95.lowerBound), n(metric.ci95.upperBound)]) : .null,
                    "holm_family": .int(Int64(metric.familySize)), "bootstrap_resamples": .int(Int64(metric.resamples)),
                    "pass_to_fail": .int(Int64(metric.worse)), "fail_to_pass": .int(Int64(metric.better)),
                    "mcnemar_p": n(metric.mcNemarP), "bootstrap_p": n(metric.bootstrapP), "holm_p": n(metric.adjustedP),
                    "wins": .int(Int64(metric.wins)), "losses": .int(Int64(metric.losses)), "ties": .int(Int64(metric.ties)),
                    "baseline_pass_rate": n(metric.baselinePassRate), "candidate_pass_rate": n(metric.candidatePassRate),
                ]))
            })),
            "costs": .object(Dictionary(uniqueKeysWithValues: route.costs.map { cost in
                (cost.name, JSONValue.object([
                    "baseline": cost.baseline.map(n) ?? .null, "candidate": cost.candidate.map(n) ?? .null,
                    "relative_change": cost.relativeChange.map(n) ?? .null,
                    "ci95": cost.ci95.map { .array([n($0.lowerBound), n($0.upperBound)]) } ?? .null,
                ]))
            })),
            "pass_to_fail": .array(route.passToFail.map(JSONValue.string)),
            "fail_to_pass": .array(route.failToPass.map(JSONValue.string)),
            "critical_regressions": .array(route.criticalRegressions.map(JSONValue.string)),
            "steps": .array(route.steps.map { step in
                .object(["tool": .string(step.tool), "baseline_rate": n(step.baselineRate), "candidate_rate": n(step.candidateRate),
                         "baseline_expected": .int(Int64(step.baselineExpected)), "candidate_expected": .int(Int64(step.candidateExpected))])
            }),
        ])
    }
}
