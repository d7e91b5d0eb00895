/// How an actual trajectory is compared with the expected one (EVALUATORS.md, TrajectoryScore).
public enum TrajectoryMode: String, Sendable, Hashable, Codable, CaseIterable {
    /// Same calls, same order, same count.
    case exact
    /// The expected calls appear in order; extra calls are allowed.
    case inOrder = "in_order"
    /// Same multiset of calls, any order.
    case unordered
    /// Every expected call appears (a multiset superset); extras allowed.
    case containsExpected = "contains_expected"
    /// No call outside the expected ones (a multiset subset).
    case withinExpected = "within_expected"

    /// Reads a mode or one of the aliases peers use: `strict` → exact, `superset` →
    /// contains_expected, `subset` → within_expected (agentevals' words).
    public init?(name: String) {
        switch name {
        case "strict": self = .exact
        case "superset": self = .containsExpected
        case "subset": self = .withinExpected
        default: self.init(rawValue: name)
        }
    }

    /// Every accepted word, for error messages.
    public static let acceptedNames = allCases.map(\.rawValue) + ["strict", "superset", "subset"]
}
