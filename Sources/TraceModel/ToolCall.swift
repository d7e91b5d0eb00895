/// One tool call: the name, the arguments, the call id that links it to the model turn, the result.
public struct ToolCall: Sendable, Hashable, Codable {
    /// The tool's name.
    public var name: String
    /// The arguments, parsed when they were JSON (also JSON inside a string); an opaque
    /// `.string` when they were not (for example a Python repr).
    public var arguments: JSONValue?
    /// The id that ties the execution to the model's request (`call_…`).
    public var callId: String?
    /// The result as exported, kept as text.
    public var result: String?

    /// Creates a tool call.
    public init(name: String, arguments: JSONValue? = nil, callId: String? = nil, result: String? = nil) {
        self.name = name
        self.arguments = arguments
        self.callId = callId
        self.result = result
    }
}
