import TraceModel

/// One tool call as the evaluators see it: a logical call after retry collapsing, or a raw one.
public struct ActualCall: Sendable, Hashable {
    /// Position in execution order (0-based), of the first attempt.
    public var index: Int
    /// The tool's name.
    public var name: String
    /// The arguments (parsed JSON, or opaque text).
    public var arguments: JSONValue?
    /// Whether the (last attempt of the) call succeeded.
    public var succeeded: Bool
    /// The model step (turn) that asked for it; calls of one turn are parallel.
    public var step: Int
    /// The span of the last attempt.
    public var spanId: String
    /// The call id, when the export has one.
    public var callId: String?
    /// Start of the first attempt, ns.
    public var start: Int64
    /// How many attempts this logical call took (1 without retries).
    public var attempts: Int

    /// Creates a call.
    public init(index: Int, name: String, arguments: JSONValue?, succeeded: Bool, step: Int, spanId: String, callId: String?,
                start: Int64, attempts: Int) {
        self.index = index
        self.name = name
        self.arguments = arguments
        self.succeeded = succeeded
        self.step = step
        self.spanId = spanId
        self.callId = callId
        self.start = start
        self.attempts = attempts
    }

    /// The canonical form of the arguments, for identity comparisons.
    public var canonicalArguments: String { arguments?.canonicalText ?? "" }

    /// The tool calls of a trace in execution order: start time, then tree order.
    public static func calls(in trace: Trace) -> [ActualCall] {
        // Positions, not spans, are filtered and sorted: each span is read in place.
        let spans = trace.spans
        let tools = spans.indices.filter { spans[$0].kind == .tool && spans[$0].tool != nil }
        let ordered = tools.sorted { spans[$0].start != spans[$1].start ? spans[$0].start < spans[$1].start : $0 < $1 }
        return ordered.enumerated().map { position, index in
            let tool = spans[index].tool!
            return ActualCall(index: position, name: tool.name, arguments: tool.arguments,
                              succeeded: !spans[index].status.isError, step: spans[index].step, spanId: spans[index].spanId,
                              callId: tool.callId, start: spans[index].start, attempts: 1)
        }
    }
}
