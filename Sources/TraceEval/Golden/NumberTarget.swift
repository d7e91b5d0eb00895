/// A number with tolerances.
public struct NumberTarget: Sendable, Hashable {
    /// The expected value.
    public var value: Double
    /// Absolute tolerance.
    public var abs: Double
    /// Relative tolerance (fraction of the value).
    public var rel: Double

    /// Creates a target.
    public init(value: Double, abs: Double = 0, rel: Double = 0) {
        self.value = value
        self.abs = abs
        self.rel = rel
    }
}
