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
        return results
    }
}
