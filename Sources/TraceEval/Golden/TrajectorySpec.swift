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
