import Foundation
import GRDB
import TraceJSON
import TraceModel
import TraceJSON

extension TraceStore {
    /// Rebuilds a trace from its rows.
    static func loadTrace(_ db: Database, runId: Int64, traceId: String) throws -> Trace {
        let rows = try Row.fetchCursor(db, sql: "SELECT * FROM traces WHERE run_id = ? AND trace_id = ?", arguments: [runId, traceId])
        guard let row = try rows.next() else { throw StoreError.traceNotFound(traceId: traceId, run: nil) }
        let shell = trace(from: row, spans: [])
        let parser = JSONDocumentParser()
        let spans = try Row.fetchCursor(db, sql: "SELECT \(SpanColumn.selectList) FROM spans WHERE run_id = ? AND trace_id = ? ORDER BY ord",
                                        arguments: [runId, traceId]).map { try span($0, parser: parser) }
        return shell.with(spans: try Array(spans))
    }

    /// A trace from its `traces` row (read through a cursor) and its spans (in `ord` order).
    static func trace(from row: Row, spans: [Span]) -> Trace {
        Trace(
            traceId: row.text("trace_id") ?? "", caseId: row.text("case_id"), query: row.text("query"), finalAnswer: row.text("final_answer"),
            architecture: Architecture(rawValue: row["architecture"]) ?? .unknown, route: row.text("route"),
            recordedOutcome: row["recorded_outcome"], format: row.text("format") ?? "",
            dialects: (row.text("dialects") ?? "").split(separator: ",").map(String.init), spans: spans
        )
    }

    /// A span from its `spans` row (columns as in ``SpanColumn/selectList``).
    static func span(_ row: Row, parser: JSONDocumentParser) throws -> Span {
        func at(_ column: SpanColumn) -> Int { column.rawValue }
        var span = Span(
            traceId: row.text(at(.traceId)) ?? "", spanId: row.text(at(.spanId)) ?? "", parentSpanId: row.text(at(.parentSpanId)),
            kind: SpanKind(rawValue: row[at(.kind)]) ?? .other, name: row.text(at(.name)) ?? "", step: row[at(.step)],
            route: row.text(at(.route)), model: row.text(at(.model)), start: row[at(.startNs)], end: row[at(.endNs)],
            status: SpanStatus(code: SpanStatus.Code(rawValue: row[at(.status)]) ?? .unset, message: row.text(at(.statusMessage))),
            userMessage: row.text(at(.userMessage)), outputText: row.text(at(.outputText)),
            attributes: try decode(row[at(.attributes)], parser).objectValue ?? [:]
        )
        if let toolName = row.text(at(.toolName)) {
            let arguments: String? = row[at(.toolArgs)]
            span.tool = ToolCall(name: toolName, arguments: try arguments.map { try decode($0, parser) },
                                 callId: row.text(at(.toolCallId)), result: row.text(at(.toolResult)))
        }
        if let requested: String = row[at(.requestedToolCalls)] {
            span.requestedToolCalls = (try decode(requested, parser).arrayValue ?? []).compactMap { value in
                guard let name = value["name"]?.stringValue else { return nil }
                return ToolCall(name: name, arguments: value["arguments"], callId: value["id"]?.stringValue,
                                result: value["result"]?.stringValue)
            }
        }
        let input: Int64? = row[at(.inputTokens)]
        let output: Int64? = row[at(.outputTokens)]
        if input != nil || output != nil {
            span.usage = TokenUsage(input: input ?? 0, output: output ?? 0, cacheRead: row[at(.cacheReadTokens)] ?? 0)
        }
        if let raw = row.text(at(.stopRaw)) {
            let category = StopReason.Category(rawValue: row[at(.stop)] ?? "") ?? .other
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
