import TraceModel
import TraceJSON

/// Reads Langfuse exports: `{trace, observations[]}`, one object or a list of them.
///
/// The original OpenTelemetry attributes that Langfuse keeps under `metadata.attributes` are read
/// through the same dialect mapping as OTLP spans, so one mapping serves both; Langfuse's own
/// fields fill what the attributes lack (observation `type` for the kind, `input`/`output` for
/// tool arguments and results, `usageDetails` for tokens, `model`). Latency is recomputed from
/// `startTime`/`endTime` (Langfuse's `latency` fields mix seconds and milliseconds).
public struct LangfuseReader: TraceDocumentReader {
    /// Creates the reader.
    public init() {}

    /// Langfuse.
    public var format: TraceFormat { .langfuse }

    /// An object with `trace` and `observations`, or a list of them.
    public func matches(_ root: JSONView) -> Bool {
        let first = root.isArray ? root[0] : root
        return first["trace"].isObject && first["observations"].isArray
    }

    /// One trace per export object.
    public func read(_ documents: [SourceDocument], file: String) throws(IngestError) -> [RawTrace] {
        var traces: [RawTrace] = []
        for document in documents {
            let exports = document.root.isArray ? document.root.array : [document.root]
            for (index, export) in exports.enumerated() {
                traces.append(try readExport(export, file: file, line: document.line, index: index))
            }
        }
        return traces
    }

    private func readExport(_ export: JSONView, file: String, line: Int, index: Int) throws(IngestError) -> RawTrace {
        let trace = export["trace"]
        guard let traceId = trace["id"].scalarText else {
            throw .invalidRecord(file: file, line: line, record: "export \(index) trace", field: "id", reason: "is missing")
        }
        var raw = RawTrace(traceId: traceId, spans: [], format: .langfuse)
        let observations = export["observations"].array
        var hasOTelAttributes: [Bool] = []
        for (position, observation) in observations.enumerated() {
            let mapped = try LangfuseObservation.span(observation, traceId: traceId, file: file, line: line,
                                                      record: "export \(index) observation \(position)")
            raw.spans.append(mapped.span)
            raw.dialects.formUnion(mapped.dialects)
            hasOTelAttributes.append(mapped.hasOTelAttributes)
        }
        // Model spans first, so that their requested tools can reveal tool runs recorded as plain spans.
        for position in raw.spans.indices where raw.spans[position].kind == .llm {
            LangfuseObservation.fill(&raw.spans[position], from: observations[position], hasOTelAttributes: hasOTelAttributes[position])
        }
        LangfuseObservation.promoteRequestedTools(&raw.spans)
        for position in raw.spans.indices where raw.spans[position].kind != .llm {
            LangfuseObservation.fill(&raw.spans[position], from: observations[position], hasOTelAttributes: hasOTelAttributes[position])
        }
        let metadata = JSONView(trace["metadata"].value.map(Self.unwrap))
        raw.caseId = metadata["case_id"].scalarText
        raw.query = trace["input"].value.map(Self.unwrap).flatMap(Self.firstUserText)
        raw.finalAnswer = trace["output"].value.map(Self.unwrap).flatMap(Self.lastAssistantText)
        return raw
    }

    /// Decodes JSON that Langfuse stored inside strings, as many times as it was encoded.
    static func unwrap(_ value: JSONValue) -> JSONValue {
        var current = value
        for _ in 0..<3 {
            guard case .string(let text) = current, let parsed = try? JSONParser.parse(text) else { break }
            current = parsed
        }
        return current
    }

    static func firstUserText(_ value: JSONValue) -> String? {
        if case .string(let text) = value { return text }
        let messages = (value.arrayValue ?? value["messages"]?.arrayValue ?? []).map { JSONView($0) }
        if let user = messages.first(where: { MessageParts.role(of: $0) == "user" }) { return MessageParts.text(of: user) }
        return value["input"]?.stringValue ?? value["query"]?.stringValue ?? value["question"]?.stringValue
    }

    static func lastAssistantText(_ value: JSONValue) -> String? {
        if case .string(let text) = value { return text }
        let messages = (value.arrayValue ?? value["messages"]?.arrayValue ?? [value]).map { JSONView($0) }
        return messages.reversed().filter { (MessageParts.role(of: $0) ?? "assistant") == "assistant" }
            .lazy.compactMap(MessageParts.text).first ?? value["output"]?.stringValue
    }
}
