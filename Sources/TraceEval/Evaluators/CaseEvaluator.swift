import TraceModel

/// Runs the five evaluators on one trace of one case.
public enum CaseEvaluator {
    /// The scores of every metric that applies (a metric that does not apply is absent).
    public static func evaluate(_ input: CaseInput) -> [Metric: MetricResult] {
        var results: [Metric: MetricResult] = [:]
        let task = TaskCompletion.evaluate(input)
        results[.taskCompletion] = task
        results[.toolSelectionAccuracy] = ToolSelectionAccuracy.evaluate(input)
        results[.trajectoryScore] = TrajectoryScore.evaluate(input)
        results[.stepEfficiency] = StepEfficiency.evaluate(input, taskCompletion: task)
        results[.policyCompliance] = PolicyCompliance.evaluate(input)
        guard !input.detailed.isEmpty else { return results }
        let errors = goldenErrors(input)
        guard !errors.isEmpty else { return results }
        for metric in results.keys where input.detailed.contains(metric) {
            results[metric]!.details["golden_errors"] = .array(errors.map(JSONValue.string))
        }
        return results
    }

    /// Regular expressions of the case that ran out of their step budget on this trace: errors of
    /// the golden file, reported with every metric of the case so they are never a silent non-match.
    static func goldenErrors(_ input: CaseInput) -> [String] {
        let expected = input.golden.expected
        var errors: [String] = []
        let calls = (expected.tools ?? []) + (expected.trajectory?.steps ?? [])
        for call in calls {
            guard let matchers = call.arguments else { continue }
            for actual in input.calls where actual.name == call.tool {
                let given = actual.arguments?.objectValue ?? [:]
                for (key, matcher) in matchers.sorted(by: { $0.key < $1.key }) {
                    if let pattern = matcher.costlyPattern(given[key]) {
                        errors.append("regex /\(pattern)/ for argument '\(key)' of \(call.tool) ran out of its step budget on the value given: "
                            + "an error of the golden file (the pattern backtracks too much); rewrite it")
                    }
                }
            }
        }
        if let regex = expected.outcome.answerRegex, regex.evaluate(input.trace.finalAnswer ?? "") == .tooCostly {
            errors.append("answer_regex /\(regex.pattern)/ ran out of its step budget on the answer: an error of the golden file; rewrite it")
        }
        var seen = Set<String>()
        return errors.filter { seen.insert($0).inserted }
    }
}
