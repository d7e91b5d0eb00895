/// The outcome criteria of a case (TaskCompletion); each one present is a hard criterion.
public struct OutcomeSpec: Sendable, Hashable {
    /// Each must appear inside the final answer (expected inside actual, one direction only).
    public var answerContains: [String] = []
    /// The final answer must match this pattern.
    public var answerRegex: GoldenRegex?
    /// The final answer must equal this text (trimmed).
    public var answerEquals: String?
    /// The final answer must contain a number within tolerance of this one.
    public var answerNumber: NumberTarget?
    /// Each fact must appear in some assistant message (case-folded, commas removed).
    public var mustCommunicate: [String] = []
    /// Each must be matched one-to-one by a successful call.
    public var requiredActions: [ExpectedCall] = []
    /// The trace's recorded outcome (a benchmark reward) must be a success.
    public var recorded: Bool?
    /// How the run must end: `normal` means no error, not cut by length or step limits.
    public var termination: String?
    /// No side-effecting call may be made.
    public var expectNoAction = false

    /// Creates an empty spec.
    public init() {}

    /// True when no criterion is set (TaskCompletion is then N/A).
    public var isEmpty: Bool {
        answerContains.isEmpty && answerRegex == nil && answerEquals == nil && answerNumber == nil && mustCommunicate.isEmpty
            && requiredActions.isEmpty && recorded != true && termination == nil && !expectNoAction
    }
}
