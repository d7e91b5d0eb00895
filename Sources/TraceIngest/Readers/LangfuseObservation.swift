import TraceModel
import TraceJSON

/// Maps one Langfuse observation onto a span (FORMATS.md §5a).
enum LangfuseObservation {
    /// The mapped span, its dialects, and whether the observation carried OTel attributes (read once here).
    static func span(_ observation: JSONView, traceId: String, file: String, line: Int, record: String)
        throws(IngestError) -> (span: Span, dialects: Set<AttributeDialect>, hasOTelAttributes: Bool) {
        guard let id = observation["id"].scalarText else {
            throw .invalidRecord(file: file, line: line, record: record, field: "id", reason: "is missing")
        }
        guard let start = observation["startTime"].string.flatMap(Timestamp.nanoseconds(iso:)) else {
            throw .invalidRecord(file: file, line: line, record: record, field: "startTime", reason: "is missing or not an ISO 8601 time")
        }
        let end = observation["endTime"].string.flatMap(Timestamp.nanoseconds(iso:)) ?? start
        let metadata = JSONView(observation["metadata"].value.map(LangfuseReader.unwrap))
        var attributes = metadata["attributes"].value?.objectValue ?? [:]
        for (key, value) in metadata.members where !["attributes", "resourceAttributes", "scope"].contains(key) {
            if attributes[key] == nil, let scalar = value.value, scalar.objectValue == nil { attributes[key] = scalar }
        }
        let isError = observation["level"].string == "ERROR"
        let envelope = SpanAttributeMapper.Envelope(
            traceId: traceId, spanId: id, parentSpanId: observation["parentObservationId"].scalarText,
            name: observation["name"].string ?? "", start: start, end: end,
            status: isError ? SpanStatus(code: .error, message: observation["statusMessage"].string) : SpanStatus(code: .ok),
            documentKind: kind(observation["type"].string)
        )
        let mapped: (span: Span, dialects: Set<AttributeDialect>)
        do {
            mapped = try SpanAttributeMapper.map(envelope, attributes: attributes)
        } catch {
            throw .invalidRecord(file: file, line: line, record: record, field: "metadata.attributes.\(error.field)", reason: error.reason)
        }
        let (span, dialects) = mapped
        return (span, dialects, metadata["attributes"].isObject)
    }

    static func kind(_ type: String?) -> SpanKind {
        switch type {
        case "GENERATION": return .llm
        case "TOOL": return .tool
        case "AGENT": return .agent
        case "CHAIN": return .chain
        case "RETRIEVER": return .retriever
        case "EMBEDDING": return .embedding
        case "GUARDRAIL": return .guardrail
        default: return .other
        }
    }

    /// Langfuse's own fields fill what the OTel attributes did not carry.
    static func fill(_ span: inout Span, from observation: JSONView, hasOTelAttributes: Bool) {
        let input = observation["input"].value.map(LangfuseReader.unwrap)
        let output = observation["output"].value.map(LangfuseReader.unwrap)
        switch span.kind {
        case .llm:
            if span.model == nil { span.model = observation["model"].nonEmptyString }
            // usageDetails only when no OTel attributes came with the observation: for OTel-ingested
            // spans that reported no tokens, Langfuse's numbers are its own tokenizer's estimate.
            if span.usage == nil, !hasOTelAttributes,
               observation["usageDetails"]["input"].exists || observation["usageDetails"]["output"].exists {
                let details = observation["usageDetails"]
                span.usage = TokenUsage(input: (details["input"].int64 ?? 0) + (details["input_cache_read"].int64 ?? 0),
                                        output: details["output"].int64 ?? 0, cacheRead: details["input_cache_read"].int64 ?? 0)
            }
            if span.requestedToolCalls.isEmpty, let output {
                span.requestedToolCalls = (output.arrayValue ?? [output]).flatMap { MessageParts.toolCalls(in: JSONView($0)) }
            }
            if span.outputText == nil, let output { span.outputText = LangfuseReader.lastAssistantText(output) }
            if span.userMessage == nil, let input { span.userMessage = LangfuseReader.firstUserText(input) }
        case .tool:
            if span.tool?.arguments == nil { span.tool?.arguments = input }
            if span.tool?.result == nil { span.tool?.result = output.map(toolResult) }
            if span.tool?.callId == nil { span.tool?.callId = output?["tool_call_id"]?.stringValue }
        default:
            break
        }
    }

    private static func toolResult(_ output: JSONValue) -> String {
        (output["content"] ?? output).displayText
    }

    /// A generic observation (SPAN, CHAIN) named after a tool that a model span requested, with no
    /// children, is that tool's execution (LangChain's callback records tool runs as plain spans).
    static func promoteRequestedTools(_ spans: inout [Span]) {
        let requested = Set(spans.flatMap { $0.requestedToolCalls.map(\.name) })
        let parents = Set(spans.compactMap(\.parentSpanId))
        for index in spans.indices where (spans[index].kind == .other || spans[index].kind == .chain)
            && requested.contains(spans[index].name) && !parents.contains(spans[index].spanId) {
            spans[index].kind = .tool
            spans[index].tool = ToolCall(name: spans[index].name)
        }
    }
}
