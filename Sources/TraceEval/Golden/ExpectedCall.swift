import TraceModel

/// One expected tool call: a name, and optionally matchers for its arguments.
public struct ExpectedCall: Sendable, Hashable {
    /// The tool's name.
    public var tool: String
    /// Matchers per argument; nil for a bare name (the name alone is checked, whatever the mode).
    public var arguments: [String: ArgumentMatcher]?

    /// Creates an expected call.
    public init(tool: String, arguments: [String: ArgumentMatcher]? = nil) {
        self.tool = tool
        self.arguments = arguments
    }

    /// True when `actual` arguments satisfy this call's matchers under `mode`.
    ///
    /// Arguments that are not a JSON object (missing, or opaque text such as a Python repr)
    /// satisfy only an expectation with no argument matchers.
    public func argumentsMatch(_ actual: JSONValue?, mode: ArgsMatchMode) -> Bool {
        guard mode != .ignore, let expected = arguments else { return true }
        let given = actual?.objectValue ?? [:]
        if actual?.objectValue == nil, !expected.isEmpty { return false }
        return ArgumentMatcher.objectMatches(expected, given, mode: mode)
    }

    /// A short text: `name` or `name{key: …}`.
    public var label: String {
        guard let arguments, !arguments.isEmpty else { return tool }
        return tool + "{" + arguments.keys.sorted().joined(separator: ", ") + "}"
    }
}
