import TraceModel

/// Turns one span's identity, times, status and attributes into a normalized ``Span``,
/// applying every dialect's names in the precedence order of FORMATS.md §7.
public enum SpanAttributeMapper {
    /// The facts about a span that come from its envelope rather than its attributes.
    public struct Envelope: Sendable {
        /// Trace id.
        public var traceId: String
        /// Span id.
        public var spanId: String
        /// Parent span id, nil for a root.
        public var parentSpanId: String?
        /// Span name.
        public var name: String
        /// Start in ns.
        public var start: Int64
        /// End in ns.
        public var end: Int64
        /// Status from the envelope.
        public var status: SpanStatus
        /// A kind the document states outright (Langfuse `type`, Agents SDK span type); overrides attributes when set.
        public var documentKind: SpanKind?

        /// Creates an envelope.
        public init(traceId: String, spanId: String, parentSpanId: String?, name: String, start: Int64, end: Int64,
                    status: SpanStatus, documentKind: SpanKind? = nil) {
            self.traceId = traceId
            self.spanId = spanId
            self.parentSpanId = parentSpanId
            self.name = name
            self.start = start
            self.end = end
            self.status = status
            self.documentKind = documentKind
        }
    }

    /// The normalized span, and the dialects its attributes use.
    public static func map(_ envelope: Envelope, attributes original: [String: JSONValue]) throws(SpanFieldError)
        -> (span: Span, dialects: Set<AttributeDialect>) {
        if let (key, value) = ScalarRepair.refusedCount(original) {
            throw SpanFieldError(field: key, reason: "is \(value); a token count must be a whole number from 0 to 2^53")
        }
        var attributes = original
        _ = ScalarRepair.apply(&attributes)
        return (map(envelope, AttributeLookup(attributes: attributes), keeping: attributes), AttributeDialect.detect(in: attributes))
    }

    /// The normalized span of an OTLP attribute list read in place, which needs no repair
    /// (``OTLPAttributeList`` refuses a list that does), and the dialects it uses. The span holds
    /// tracegate's own attributes (`tracegate.…`), and the others as text when `keepingOthers`
    /// (to be stored); a span only scored needs its own alone.
    static func map(_ envelope: Envelope, list: OTLPAttributeList, keepingOthers: Bool) -> (span: Span, dialects: Set<AttributeDialect>) {
        var span = map(envelope, AttributeLookup(list: list), keeping: list.ownAttributes)
        if keepingOthers { span.otherAttributesText = list.otherAttributesText }
        return (span, list.dialects)
    }

    /// The span that `lookup` describes, keeping `attributes`.
    private static func map(_ envelope: Envelope, _ lookup: AttributeLookup, keeping attributes: [String: JSONValue]) -> Span {
        let attributeKind = SpanKindMapper.kind(lookup, name: envelope.name)
        let kind = refine(documentKind: envelope.documentKind, attributeKind: attributeKind)
        var span = Span(
            traceId: envelope.traceId, spanId: envelope.spanId, parentSpanId: envelope.parentSpanId,
            kind: kind, name: envelope.name, start: envelope.start, end: envelope.end,
            status: status(envelope.status, lookup), attributes: attributes
        )
        span.route = lookup.text("gen_ai.agent.name", "agent.name", "graph.node.id", "gen_ai.workflow.name",
                                 "langgraph_node", "gen_ai.agent.graph.node_id")
        span.model = lookup.text("gen_ai.response.model", "gen_ai.request.model", "llm.response.model_name",
                                 "llm.model_name", "llm.request.model_name", "ai.response.model", "ai.model.id")
        let rawResponse = lookup.first("output.value").map(AttributeLookup.decodeEmbedded).flatMap { $0.objectValue != nil ? $0 : nil }
        switch kind {
        case .llm:
            span.usage = usage(lookup)
            span.stopReason = stopReason(lookup, rawResponse: rawResponse)
            span.requestedToolCalls = ToolCallMapper.requested(lookup)
            if span.requestedToolCalls.isEmpty, let rawResponse { span.requestedToolCalls = RawResponse.toolCalls(rawResponse) }
            span.outputText = MessageMapper.outputText(lookup) ?? rawResponse.flatMap(RawResponse.text) ?? lookup.text("ai.response.text")
        case .tool:
            span.tool = ToolCallMapper.executed(lookup, name: envelope.name)
        default:
            if let output = lookup.first("output.value")?.stringValue ?? lookup.text("ai.response.text"), rawResponse == nil {
                span.outputText = output
            }
        }
        span.userMessage = MessageMapper.userMessage(lookup)
        if span.userMessage == nil, kind != .tool, let input = lookup.first("input.value")?.stringValue,
           AttributeLookup.decodeEmbedded(.string(input)).stringValue != nil {
            span.userMessage = input
        }
        return span
    }

    /// The document's own kind wins, except that a generic document kind (`other`, `chain`)
    /// is refined by a more specific attribute kind.
    private static func refine(documentKind: SpanKind?, attributeKind: SpanKind) -> SpanKind {
        guard let documentKind else { return attributeKind }
        if documentKind == .other || documentKind == .chain, attributeKind != .other { return attributeKind }
        return documentKind
    }

    private static func usage(_ lookup: AttributeLookup) -> TokenUsage? {
        let input = lookup.integer("gen_ai.usage.input_tokens", "gen_ai.usage.prompt_tokens", "llm.token_count.prompt",
                                   "ai.usage.promptTokens", "ai.usage.inputTokens")
        let output = lookup.integer("gen_ai.usage.output_tokens", "gen_ai.usage.completion_tokens",
                                    "llm.token_count.completion", "ai.usage.completionTokens", "ai.usage.outputTokens")
        let cache = lookup.integer("gen_ai.usage.cache_read.input_tokens", "gen_ai.usage.cache_read_input_tokens",
                                   "llm.token_count.prompt_details.cache_read", "gen_ai.usage.cache_read_tokens")
        guard input != nil || output != nil else { return nil }
        return TokenUsage(input: max(0, input ?? 0), output: max(0, output ?? 0), cacheRead: max(0, cache ?? 0))
    }

    private static func stopReason(_ lookup: AttributeLookup, rawResponse: JSONValue?) -> StopReason? {
        if let reasons = lookup.first("gen_ai.response.finish_reasons").map(AttributeLookup.stringList),
           let first = reasons.first {
            return StopReason(raw: first)
        }
        if let raw = MessageMapper.finishReason(lookup)
            ?? lookup.text("llm.finish_reason", "gen_ai.response.finish_reason", "gen_ai.response.stop_reason",
                           "llm.response.finish_reason", "llm.response.stop_reason", "ai.response.finishReason")
            ?? rawResponse.flatMap(RawResponse.finishReason) {
            return StopReason(raw: raw)
        }
        return nil
    }

    private static func status(_ envelope: SpanStatus, _ lookup: AttributeLookup) -> SpanStatus {
        guard envelope.code != .error else {
            return SpanStatus(code: .error, message: envelope.message ?? lookup.text("error.type", "exception.message"))
        }
        if let errorType = lookup.text("error.type") { return SpanStatus(code: .error, message: errorType) }
        return envelope
    }
}
