import Foundation
import GRDB
import TraceModel

extension TraceStore {
    /// Rebuilds a trace from its rows.
    static func loadTrace(_ db: Database, runId: Int64, traceId: String) throws -> Trace {
        guard let row = try Row.fetchOne(db, sql: "SELECT * FROM traces WHERE run_id = ? AND trace_id = ?",
                                         arguments: [runId, traceId]) else {
            throw StoreError.traceNotFound(traceId: traceId, run: nil)
        }
        let spanRows = try Row.fetchAll(db, sql: "SELECT * FROM spans WHERE run_id = ? AND trace_id = ? ORDER BY ord",
                                        arguments: [runId, traceId])
        return try trace(from: row, spans: spanRows)
    }

    /// A trace from its `traces` row and its `spans` rows (in `ord` order).
    static func trace(from row: Row, spans spanRows: [Row]) throws -> Trace {
        let dialects: String = row["dialects"]
        return Trace(
            traceId: row["trace_id"], caseId: row["case_id"], query: row["query"], finalAnswer: row["final_answer"],
            architecture: Architecture(rawValue: row["architecture"]) ?? .unknown, route: row["route"],
            recordedOutcome: row["recorded_outcome"], format: row["format"],
            dialects: dialects.split(separator: ",").map(String.init), spans: try spanRows.map(span)
        )
    }

    private static func span(_ row: Row) throws -> Span {
        var span = Span(
            traceId: row["trace_id"], spanId: row["span_id"], parentSpanId: row["parent_span_id"],
            kind: SpanKind(rawValue: row["kind"]) ?? .other, name: row["name"], step: row["step"],
            route: row["route"], model: row["model"], start: row["start_ns"], end: row["end_ns"],
            status: SpanStatus(code: SpanStatus.Code(rawValue: row["status"]) ?? .unset, message: row["status_message"]),
            userMessage: row["user_message"], outputText: row["output_text"],
            attributes: try decode(row["attributes"]).objectValue ?? [:]
        )
        if let toolName: String = row["tool_name"] {
            let arguments: String? = row["tool_args"]
            span.tool = ToolCall(name: toolName, arguments: try arguments.map(decode), callId: row["tool_call_id"],
                                 result: row["tool_result"])
        }
        if let requested: String = row["requested_tool_calls"] {
            span.requestedToolCalls = (try decode(requested).arrayValue ?? []).compactMap { value in
                guard let name = value["name"]?.stringValue else { return nil }
                return ToolCall(name: name, arguments: value["arguments"], callId: value["id"]?.stringValue,
                                result: value["result"]?.stringValue)
            }
        }
        let input: Int64? = row["input_tokens"]
        let output: Int64? = row["output_tokens"]
        if input != nil || output != nil {
            span.usage = TokenUsage(input: input ?? 0, output: output ?? 0, cacheRead: row["cache_read_tokens"] ?? 0)
        }
        if let raw: String = row["stop_raw"] {
            let category = StopReason.Category(rawValue: row["stop"] ?? "") ?? .other
            span.stopReason = StopReason(category: category, raw: raw)
        }
        return span
    }

    private static func decode(_ text: String) throws -> JSONValue {
        try JSONDecoder().decode(JSONValue.self, from: Data(text.utf8))
    }
}
