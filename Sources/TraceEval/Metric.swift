/// The five evaluators, by their score-JSON key.
public enum Metric: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
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
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
