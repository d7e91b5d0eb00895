import Foundation
import TraceJSON
import TraceModel

/// A span's row in the `spans` table: its columns in order, how a span fills them, and how a span
/// is read back (columns as in ``SpanColumn/selectList``). The same for every backend.
package enum SpanRow {
    /// The columns written, in the order ``write(_:runId:ordinal:into:)`` fills them.
    package static let columns = [
        "run_id", "trace_id", "ord", "span_id", "parent_span_id", "kind", "name", "step", "tool_name", "tool_args",
        "tool_call_id", "tool_result", "requested_tool_calls", "route", "model", "input_tokens", "output_tokens",
        "cache_read_tokens", "start_ns", "end_ns", "status", "status_message", "stop", "stop_raw", "user_message", "output_text",
        "attributes",
    ]

    /// The span's columns that are JSON text made from its values: the costly part of its row,
    /// made apart from the write so that a batch's can be made on every core.
    package struct Texts: Sendable {
        let toolArguments: String?
        let requestedToolCalls: String?
        let attributes: String

        /// The texts of `span`.
        package init(_ span: Span) {
            toolArguments = span.tool?.arguments?.canonicalText
            requestedToolCalls = span.requestedToolCalls.isEmpty ? nil : JSONValue.array(span.requestedToolCalls.map(SpanRow.encode)).canonicalText
            attributes = span.allAttributesText
        }
    }

    /// Writes one span's columns, in the order of ``columns``; `texts` are the span's own.
    package static func write(_ span: Span, runId: Int64, ordinal: Int, texts: Texts, into row: inout some RowSink) {
        row.add(runId)
        row.add(span.traceId)
        row.add(ordinal)
        row.add(span.spanId)
        row.add(span.parentSpanId)
        row.add(span.kind.rawValue)
        row.add(span.name)
        row.add(span.step)
        row.add(span.tool?.name)
        row.add(texts.toolArguments)
        row.add(span.tool?.callId)
        row.add(span.tool?.result)
        row.add(texts.requestedToolCalls)
        row.add(span.route)
        row.add(span.model)
        row.add(span.usage?.input)
        row.add(span.usage?.output)
        row.add(span.usage?.cacheRead)
        row.add(span.start)
        row.add(span.end)
        row.add(span.status.code.rawValue)
        row.add(span.status.message)
        row.add(span.stopReason?.category.rawValue)
        row.add(span.stopReason?.raw)
        row.add(span.userMessage)
        row.add(span.outputText)
        row.add(texts.attributes)
    }

    /// A tool call as a JSON object (for the `requested_tool_calls` column).
    static func encode(_ call: ToolCall) -> JSONValue {
        var object: [String: JSONValue] = ["name": .string(call.name)]
        if let arguments = call.arguments { object["arguments"] = arguments }
        if let callId = call.callId { object["id"] = .string(callId) }
        if let result = call.result { object["result"] = .string(result) }
        return .object(object)
    }

    /// A span from its row (columns as in ``SpanColumn/selectList``).
    package static func read(_ row: some ColumnReader, parser: JSONDocumentParser) throws -> Span {
        func at(_ column: SpanColumn) -> Int { column.rawValue }
        var span = Span(
            traceId: row.text(at(.traceId)) ?? "", spanId: row.text(at(.spanId)) ?? "", parentSpanId: row.text(at(.parentSpanId)),
            kind: SpanKind(rawValue: row.text(at(.kind)) ?? "") ?? .other, name: row.text(at(.name)) ?? "",
            step: Int(row.integer(at(.step)) ?? 0), route: row.text(at(.route)), model: row.text(at(.model)),
            start: row.integer(at(.startNs)) ?? 0, end: row.integer(at(.endNs)) ?? 0,
            status: SpanStatus(code: SpanStatus.Code(rawValue: row.text(at(.status)) ?? "") ?? .unset, message: row.text(at(.statusMessage))),
            userMessage: row.text(at(.userMessage)), outputText: row.text(at(.outputText)),
            attributes: try decode(row.text(at(.attributes)) ?? "{}", parser).objectValue ?? [:]
        )
        if let toolName = row.text(at(.toolName)) {
            let arguments = row.text(at(.toolArgs))
            span.tool = ToolCall(name: toolName, arguments: try arguments.map { try decode($0, parser) },
                                 callId: row.text(at(.toolCallId)), result: row.text(at(.toolResult)))
        }
        if let requested = row.text(at(.requestedToolCalls)) {
            span.requestedToolCalls = (try decode(requested, parser).arrayValue ?? []).compactMap { value in
                guard let name = value["name"]?.stringValue else { return nil }
                return ToolCall(name: name, arguments: value["arguments"], callId: value["id"]?.stringValue,
                                result: value["result"]?.stringValue)
            }
        }
        let input = row.integer(at(.inputTokens))
        let output = row.integer(at(.outputTokens))
        if input != nil || output != nil {
            span.usage = TokenUsage(input: input ?? 0, output: output ?? 0, cacheRead: row.integer(at(.cacheReadTokens)) ?? 0)
        }
        if let raw = row.text(at(.stopRaw)) {
            let category = StopReason.Category(rawValue: row.text(at(.stop)) ?? "") ?? .other
            span.stopReason = StopReason(category: category, raw: raw)
        }
        return span
    }

    /// Stored JSON text as a value: simdjson first; text it refuses (nesting beyond the default
    /// limit, accepted at ingest under a raised --max-depth) goes through Foundation's decoder.
    private static func decode(_ text: String, _ parser: JSONDocumentParser) throws -> JSONValue {
        if let value = try? parser.parse(text.utf8).value { return value }
        return try JSONDecoder().decode(JSONValue.self, from: Data(text.utf8))
    }
}
