/// What happened to one expected step in one trace.
public struct StepOutcome: Sendable, Hashable {
    /// The expected tool.
    public var tool: String
    /// Not called (no matching call).
    public var missing: Bool
    /// Called, but the matched call failed.
    public var failed: Bool

    /// Creates an outcome.
    public init(tool: String, missing: Bool, failed: Bool) {
        self.tool = tool
        self.missing = missing
        self.failed = failed
    }
}
