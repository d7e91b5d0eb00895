/// One checked route × metric (or cost, latency, critical case, coverage) with its verdict and the reason.
public struct GateLine: Sendable, Hashable {
    /// Pass, warn or fail.
    public enum Status: String, Sendable, Hashable, Comparable {
        case pass, warn, fail

        /// pass < warn < fail.
        public static func < (lhs: Status, rhs: Status) -> Bool {
            lhs.rank < rhs.rank
        }

        private var rank: Int {
            switch self {
            case .pass: return 0
            case .warn: return 1
            case .fail: return 2
            }
        }
    }

    /// What a line checks.
    public enum Check: Sendable, Hashable {
        /// A quality metric's drop or floor.
        case metric(Metric)
        /// A critical case going pass → fail.
        case critical
        /// Mean cost.
        case cost
        /// p95 latency.
        case latency
        /// Golden cases with no trace in the candidate.
        case missingCases
        /// Candidate traces that link to no case.
        case unlinkedTraces
        /// Nothing at all was compared.
        case nothingCompared

        /// The key in JSON and JUnit.
        public var key: String {
            switch self {
            case .metric(let metric): return metric.rawValue
            case .critical: return "critical"
            case .cost: return "cost"
            case .latency: return "latency"
            case .missingCases: return "missing_cases"
            case .unlinkedTraces: return "unlinked_traces"
            case .nothingCompared: return "nothing_compared"
            }
        }
    }

    /// The route (`overall` for checks over every case).
    public var route: String
    /// What was checked.
    public var check: Check
    /// The verdict.
    public var status: Status
    /// One sentence with the numbers.
    public var reason: String
    /// The case the line is about, when it is about one (annotations point at its line).
    public var caseId: String?

    /// Creates a line.
    public init(route: String, check: Check, status: Status, reason: String, caseId: String? = nil) {
        self.route = route
        self.check = check
        self.status = status
        self.reason = reason
        self.caseId = caseId
    }
}
