/// What the golden dataset's tool catalog says about one tool.
public struct ToolPolicy: Sendable, Hashable {
    /// The tool changes the world (sends, writes, pays).
    public var sideEffect: Bool
    /// A call must be approved (an allow/approved decision before it) to be compliant.
    public var requiresApproval: Bool
    /// The argument policy for this tool, overriding the dataset default.
    public var argsMatch: ArgsMatchMode?

    /// Creates a policy.
    public init(sideEffect: Bool = false, requiresApproval: Bool = false, argsMatch: ArgsMatchMode? = nil) {
        self.sideEffect = sideEffect
        self.requiresApproval = requiresApproval
        self.argsMatch = argsMatch
    }
}
