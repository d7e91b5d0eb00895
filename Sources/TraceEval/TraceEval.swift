/// Golden datasets, alignment, evaluators, aggregation, comparison and gating.
///
/// Everything in this module is pure: values in, values out, no file, database or clock.
public enum TraceEval {
    /// The metric keys of the score JSON (`tracegate.score/1`).
    public static let metricKeys = [
        "tool_selection_accuracy", "task_completion", "trajectory_score", "step_efficiency", "policy_compliance",
    ]
}
