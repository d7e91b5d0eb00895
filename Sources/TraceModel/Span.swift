/// One normalized span: the unit every trace format is read into.
///
/// Times are integer nanoseconds since the Unix epoch; latency is derived from them and is
/// never negative (a span whose end precedes its start is read as zero-length).
public struct Span: Sendable, Hashable, Codable {
    /// The trace this span belongs to.
    public var traceId: String
    /// The span's own id, unique within its trace.
    public var spanId: String
    /// The parent span's id; `nil` for a root.
    public var parentSpanId: String?
    /// What the span does.
    public var kind: SpanKind
    /// The span name as exported.
    public var name: String
    /// The step of the trajectory this span belongs to (derived by the normalizer; 0 before the first model call).
    public var step: Int
    /// The tool executed, for tool spans.
    public var tool: ToolCall?
    /// The tool calls the model asked for in its output, for LLM spans.
    public var requestedToolCalls: [ToolCall]
    /// Who is acting: agent name, pipeline stage, graph node or handoff target.
    public var route: String?
    /// The model, response model preferred over request model.
    public var model: String?
    /// Token counts, for LLM spans.
    public var usage: TokenUsage?
    /// Start, in nanoseconds since the Unix epoch.
    public var start: Int64
    /// End, in nanoseconds since the Unix epoch.
    public var end: Int64
    /// Success or failure.
    public var status: SpanStatus
    /// Why the model stopped, for LLM spans.
    public var stopReason: StopReason?
    /// The first user message this span saw, when the export carries message content.
    public var userMessage: String?
    /// The assistant text this span produced, when the export carries message content.
    public var outputText: String?
    /// The policy decision this span records, when it records one.
    public var decision: PolicyDecision?
    /// The original attributes, kept for audit (flattened dotted keys). When the reader wrote the
    /// others straight from the document as ``otherAttributesText``, these are tracegate's own
    /// (`tracegate.…`) alone; `allAttributes` (TraceJSON) gives every one either way.
    public var attributes: [String: JSONValue]
    /// The attributes other than tracegate's own, as canonical JSON text (``JSONValue/canonicalText``
    /// of their object), when the reader wrote them straight from the document instead of making
    /// a dictionary of them; nil when they are all in ``attributes``.
    public var otherAttributesText: String?

    /// Creates a span; every field but identity, kind, name and times has a default. Without a
    /// `decision`, the one the attributes carry (`tracegate.decision…`) is read from them.
    public init(
        traceId: String, spanId: String, parentSpanId: String? = nil, kind: SpanKind, name: String,
        step: Int = 0, tool: ToolCall? = nil, requestedToolCalls: [ToolCall] = [], route: String? = nil,
        model: String? = nil, usage: TokenUsage? = nil, start: Int64, end: Int64,
        status: SpanStatus = .unset, stopReason: StopReason? = nil, userMessage: String? = nil,
        outputText: String? = nil, attributes: [String: JSONValue] = [:], decision: PolicyDecision? = nil,
        otherAttributesText: String? = nil
    ) {
        self.traceId = traceId
        self.spanId = spanId
        self.parentSpanId = parentSpanId
        self.kind = kind
        self.name = name
        self.step = step
        self.tool = tool
        self.requestedToolCalls = requestedToolCalls
        self.route = route
        self.model = model
        self.usage = usage
        self.start = start
        self.end = end
        self.status = status
        self.stopReason = stopReason
        self.userMessage = userMessage
        self.outputText = outputText
        self.attributes = attributes
        self.otherAttributesText = otherAttributesText
        self.decision = decision ?? PolicyDecision(attributes: attributes)
    }

    /// End minus start in nanoseconds, never negative.
    public var latencyNanos: Int64 { end > start ? end &- start : 0 }

    /// Latency in milliseconds (for display and statistics only).
    public var latencyMillis: Double { Double(latencyNanos) / 1_000_000 }
}
