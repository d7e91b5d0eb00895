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
