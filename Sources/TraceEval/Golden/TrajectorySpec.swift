/// The reference trajectory of a case.
public struct TrajectorySpec: Sendable, Hashable {
    /// The mode, when the case sets one (else the dataset default).
    public var mode: TrajectoryMode?
    /// The expected calls, in order.
    public var steps: [ExpectedCall]
    /// Order constraints: every call to `after` comes after some call to `before`.
    public var mustPrecede: [OrderConstraint]

    /// Creates a spec.
    public init(mode: TrajectoryMode? = nil, steps: [ExpectedCall], mustPrecede: [OrderConstraint] = []) {
        self.mode = mode
        self.steps = steps
        self.mustPrecede = mustPrecede
    }
}

/// `[a, b]` in `must_precede`: every call to `after` comes after some call to `before`.
public struct OrderConstraint: Sendable, Hashable {
    /// The tool that must come first.
    public var before: String
    /// The tool that must follow.
    public var after: String

    /// Creates a constraint.
    public init(before: String, after: String) {
        self.before = before
        self.after = after
    }
}
