import TraceModel

/// A span of a generated trace, before it is written in any export format.
struct SketchSpan {
    enum Kind { case agent, chain, llm, tool, decision }

    var id: String
    var parent: String?
    var kind: Kind
    var name: String
    var start: Int64
    var end: Int64
    var route: String?
    var model: String?
    var inputTokens = 0
    var outputTokens = 0
    var temperature: Double?
    var finishReason: String?
    var requested: [(id: String, name: String, arguments: JSONValue)] = []
    var userMessage: String?
    var outputText: String?
    var toolName: String?
    var toolArguments: JSONValue?
    var toolCallId: String?
    var toolResult: String?
    var error: String?
    var decision: (verdict: String, tool: String)?
}

/// A generated trace: its id, the case it answers, and its spans.
struct SketchTrace {
    var traceId: String
    var caseId: String
    var query: String
    var architecture: Architecture
    var spans: [SketchSpan] = []
}
