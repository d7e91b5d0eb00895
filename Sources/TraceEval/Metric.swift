/// The five evaluators, by their score-JSON key.
public enum Metric: String, Sendable, Hashable, Codable, CodingKeyRepresentable, CaseIterable, Comparable {
    case toolSelectionAccuracy = "tool_selection_accuracy"
    case taskCompletion = "task_completion"
    case trajectoryScore = "trajectory_score"
    case stepEfficiency = "step_efficiency"
    case policyCompliance = "policy_compliance"

    /// The pass threshold EVALUATORS.md gives when the dataset sets none.
    public var defaultThreshold: Double {
        switch self {
        case .toolSelectionAccuracy, .trajectoryScore, .taskCompletion, .policyCompliance: return 1.0
        case .stepEfficiency: return 0.5
        }
    }

    /// A short column title.
    public var shortName: String {
        switch self {
        case .toolSelectionAccuracy: return "tools"
        case .taskCompletion: return "task"
        case .trajectoryScore: return "trajectory"
        case .stepEfficiency: return "efficiency"
        case .policyCompliance: return "policy"
        }
    }

    /// Orders as declared.
    public static func < (lhs: Metric, rhs: Metric) -> Bool {
        lhs.order < rhs.order
    }

    private var order: Int {
        switch self {
        case .toolSelectionAccuracy: return 0
        case .taskCompletion: return 1
        case .trajectoryScore: return 2
        case .stepEfficiency: return 3
        case .policyCompliance: return 4
        }
    }

    /// The metric named `key`, or an error message listing the names allowed.
    public static func named(_ key: String) -> Result<Metric, MetricNameError> {
        Metric(rawValue: key).map { .success($0) } ?? .failure(MetricNameError(name: key))
    }
}
