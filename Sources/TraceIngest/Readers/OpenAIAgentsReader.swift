import TraceModel
import TraceJSON

/// Reads the OpenAI Agents SDK trace export: `{"object": "trace"}` and `{"object": "trace.span"}`
/// records, alone, as JSON Lines, or mixed in one `{"data": [...]}` array (the ingest payload).
///
/// Span types map as FORMATS.md §3.3 says: agent → agent (its name is the route), function →
/// tool, generation and response → llm, handoff → handoff (route edge `from → to`), guardrail →
/// guardrail read as a decision (`tracegate.decision` = deny when triggered, else allow),
/// custom `task`/`turn` → chain (their usage is an aggregate and is not counted), anything else → other.
public struct OpenAIAgentsReader: TraceDocumentReader {
    /// Creates the reader.
    public init() {}

    /// OpenAI Agents SDK.
    public var format: TraceFormat { .openAIAgents }

    /// A trace or trace.span record, or `{"data": [...]}` of them.
    public func matches(_ root: JSONView) -> Bool {
        Self.isRecord(root) || Self.isRecord(root["data"][0]) || (root.isArray && Self.isRecord(root[0]))
    }

    static func isRecord(_ view: JSONView) -> Bool {
        view["object"].string == "trace" || view["object"].string == "trace.span"
    }

    /// Groups records by trace id into traces.
    public func read(_ documents: [SourceDocument], file: String) throws(IngestError) -> [RawTrace] {
        var traces: [String: RawTrace] = [:]
        var order: [String] = []
        func traceFor(_ id: String) -> String {
            if traces[id] == nil {
                traces[id] = RawTrace(traceId: id, spans: [], format: .openAIAgents)
                order.append(id)
            }
            return id
        }
        for document in documents {
            let records = document.root["data"].isArray ? document.root["data"].array
                : document.root.isArray ? document.root.array : [document.root]
            for (index, record) in records.enumerated() {
                let label = "record \(index) (\(record["object"].string ?? "no object"))"
                switch record["object"].string {
                case "trace":
                    guard let id = record["id"].nonEmptyString else {
                        throw .invalidRecord(file: file, line: document.line, record: label, field: "id", reason: "is missing")
                    }
                    let key = traceFor(id)
                    traces[key]!.caseId = record["metadata"]["case_id"].scalarText ?? traces[key]!.caseId
                case "trace.span":
                    let span = try readSpan(record, file: file, line: document.line, label: label)
                    traces[traceFor(span.traceId)]!.spans.append(span)
                default:
                    throw .invalidRecord(file: file, line: document.line, record: label, field: "object",
                                         reason: "must be \"trace\" or \"trace.span\"")
                }
            }
        }
        return order.map { traces[$0]! }
    }

    private func readSpan(_ record: JSONView, file: String, line: Int, label: String) throws(IngestError) -> Span {
        func invalid(_ field: String, _ reason: String) -> IngestError {
            .invalidRecord(file: file, line: line, record: label, field: field, reason: reason)
        }
        guard let id = record["id"].nonEmptyString else { throw invalid("id", "is missing") }
        guard let traceId = record["trace_id"].nonEmptyString else { throw invalid("trace_id", "is missing") }
        guard let start = record["started_at"].string.flatMap(Timestamp.nanoseconds(iso:)) else {
            throw invalid("started_at", "is missing or not an ISO 8601 time")
        }
        let end = record["ended_at"].string.flatMap(Timestamp.nanoseconds(iso:)) ?? start
        let data = record["span_data"]
        let type = data["type"].string ?? "unknown"
        var span = Span(traceId: traceId, spanId: id, parentSpanId: record["parent_id"].nonEmptyString, kind: .other,
                        name: data["name"].string ?? type, start: start, end: end,
                        status: Self.status(record["error"]),
                        attributes: ["openai_agents.span_type": .string(type)])
        switch type {
        case "agent":
            span.kind = .agent
            span.route = data["name"].string
        case "function", "mcp_tools":
            span.kind = .tool
            span.tool = ToolCall(name: data["name"].string ?? data["server"].string ?? type,
                                 arguments: data["input"].value.map(AttributeLookup.decodeEmbedded),
                                 result: data["output"].value?.displayText)
        case "generation", "response":
            readModelCall(data, into: &span)
        case "handoff":
            span.kind = .handoff
            span.name = "handoff \(data["from_agent"].string ?? "?") → \(data["to_agent"].string ?? "?")"
            span.route = data["to_agent"].string
        case "guardrail":
            span.kind = .guardrail
            span.attributes["tracegate.decision"] = .string(data["triggered"].bool == true ? "deny" : "allow")
        case "custom":
            span.kind = .chain
            if let turn = data["data"]["turn"].int64 { span.attributes["openai_agents.turn"] = .int(turn) }
            if let agent = data["data"]["agent_name"].string { span.route = agent }
            // A custom span may carry tracegate's own attributes (an approval decision, a case id).
            for (key, value) in data["data"].members where key.hasPrefix("tracegate.") {
                if let value = value.value { span.attributes[key] = value }
            }
            if span.attributes["tracegate.decision"] != nil { span.kind = .guardrail }
        default:
            break
        }
        if let caseId = record["metadata"]["case_id"].scalarText { span.attributes["tracegate.case_id"] = .string(caseId) }
        span.decision = PolicyDecision(attributes: span.attributes)
        return span
    }

    /// `error: null` is success; otherwise its message, with `data.error` when the SDK gives one.
    static func status(_ error: JSONView) -> SpanStatus {
        guard error.isPresent else { return SpanStatus(code: .ok) }
        let parts = [error["message"].string, error["data"]["error"].value?.displayText].compactMap { $0 }
        return SpanStatus(code: .error, message: parts.isEmpty ? error.value?.displayText : parts.joined(separator: ": "))
    }

    private func readModelCall(_ data: JSONView, into span: inout Span) {
        span.kind = .llm
        span.name = data["type"].string ?? "generation"
        span.model = data["model"].string
        let usage = data["usage"]
        if usage.isObject {
            span.usage = TokenUsage(input: usage["input_tokens"].int64 ?? usage["prompt_tokens"].int64 ?? 0,
                                    output: usage["output_tokens"].int64 ?? usage["completion_tokens"].int64 ?? 0,
                                    cacheRead: usage["input_tokens_details"]["cached_tokens"].int64 ?? 0)
        }
        let outputs = data["output"].array
        span.requestedToolCalls = outputs.flatMap { MessageParts.toolCalls(in: $0) }
        span.outputText = outputs.compactMap { MessageParts.text(of: $0) }.first
        span.userMessage = data["input"].array.first { $0["role"].string == "user" }.flatMap(MessageParts.text)
        if data["type"].string == "generation" {
            // Not exported by the SDK: inferred from whether the model asked for tools.
            span.stopReason = span.requestedToolCalls.isEmpty
                ? StopReason(category: .stop, raw: "stop (inferred)") : StopReason(category: .toolCalls, raw: "tool_calls (inferred)")
        }
    }
}
