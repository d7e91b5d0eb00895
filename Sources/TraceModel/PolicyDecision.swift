/// A policy decision recorded on a span: a guardrail, an approval or a tool span that carries
/// `tracegate.decision` (with `tracegate.decision.tool_call_id` or `tracegate.decision.tool`
/// naming the call it governs).
///
/// It is a typed field of the span, read from the attributes once when the span is made, so the
/// evaluators never look keys up in the attribute bag.
public struct PolicyDecision: Sendable, Hashable, Codable {
    /// The verdict, lowercased (`allow`, `approved`, `deny`, `rejected`, …).
    public var verdict: String
    /// The call id of the tool call it governs, when the export names one.
    public var toolCallId: String?
    /// The name of the tool it governs, when the export names one.
    public var tool: String?

    /// Creates a decision.
    public init(verdict: String, toolCallId: String? = nil, tool: String? = nil) {
        self.verdict = verdict
        self.toolCallId = toolCallId
        self.tool = tool
    }

    /// The decision carried by a span's attributes, or nil when it has no string `tracegate.decision`.
    public init?(attributes: [String: JSONValue]) {
        guard let verdict = attributes["tracegate.decision"]?.stringValue?.lowercased() else { return nil }
        self.init(verdict: verdict, toolCallId: attributes["tracegate.decision.tool_call_id"]?.stringValue,
                  tool: attributes["tracegate.decision.tool"]?.stringValue)
    }
}
