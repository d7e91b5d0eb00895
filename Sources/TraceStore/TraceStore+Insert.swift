import Foundation
import GRDB
import TraceModel

extension TraceStore {
    /// Writes a file's traces into `run` (created if new) in one transaction.
    ///
    /// A trace already in the run is replaced, spans and scores included, so re-ingesting a file
    /// never duplicates. If anything fails, nothing of the batch is written.
    @discardableResult
    public func insert(_ batch: IngestBatch, run: String, at timestamp: String) throws(StoreError) -> InsertSummary {
        try write { db in
            var writer = try TraceRowWriter(db, run: run, at: timestamp)
            for trace in batch.traces { try writer.write(trace, file: batch.file) }
            try writer.finish(file: batch.file, format: batch.format, bytes: batch.bytes, at: timestamp)
            return writer.summary
        }
    }

    /// Writes the traces of the file at `path` into `run` (created if new) in one transaction,
    /// batch by batch as `next` hands them out (nil at the end), so a file of any size lands whole
    /// or not at all without being held in memory. `described` gives the file's format and size
    /// once every batch is read (they are known only then). An error `next` throws passes through
    /// as it is; either way nothing of the file is written. With `replacingRun`, the run's old
    /// contents go in the same transaction, so a bad file leaves the old run as it was.
    /// `meta` is recorded with the run in the same transaction (a key given again takes the new value).
    public func insert(file path: String, run: String, at timestamp: String, replacingRun: Bool = false, meta: [String: String] = [:],
                       batches next: () throws -> [Trace]?, described: () -> (format: String, bytes: Int)) throws -> InsertSummary {
        try writePassingErrors { db in
            if replacingRun, let runId = try Int64.fetchOne(db, sql: "SELECT id FROM runs WHERE name = ?", arguments: [run]) {
                try Self.clear(db, runId: runId)
            }
            var writer = try TraceRowWriter(db, run: run, at: timestamp)
            try Self.record(meta, run: run, db)
            while let batch = try next() {
                for trace in batch { try writer.write(trace, file: path) }
            }
            let (format, bytes) = described()
            try writer.finish(file: path, format: format, bytes: bytes, at: timestamp)
            return writer.summary
        }
    }

    /// Records `meta` with `run`, replacing the values of keys it had.
    static func record(_ meta: [String: String], run: String, _ db: Database) throws {
        guard !meta.isEmpty else { return }
        let runId = try existingRunId(db, name: run)
        for key in meta.keys.sorted() {
            try db.execute(sql: "INSERT INTO run_meta (run_id, key, value) VALUES (?, ?, ?) ON CONFLICT(run_id, key) DO UPDATE SET value = excluded.value",
                           arguments: [runId, key, meta[key]!])
        }
    }

    static func runId(_ db: Database, name: String, createdAt: String) throws -> Int64 {
        if let id = try Int64.fetchOne(db, sql: "SELECT id FROM runs WHERE name = ?", arguments: [name]) { return id }
        try db.execute(sql: "INSERT INTO runs (name, created_at) VALUES (?, ?)", arguments: [name, createdAt])
        return db.lastInsertedRowID
    }

    static let traceInsertSQL = """
        INSERT INTO traces (run_id, trace_id, case_id, query, final_answer, architecture, route, recorded_outcome,
            format, dialects, source_file, start_ns, llm_calls, tool_calls, input_tokens, output_tokens,
            cache_read_tokens, latency_ns, final_stop, final_stop_raw, error_count, digest)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """

    static let spanInsertSQL = """
        INSERT INTO spans (run_id, trace_id, ord, span_id, parent_span_id, kind, name, step, tool_name, tool_args,
            tool_call_id, tool_result, requested_tool_calls, route, model, input_tokens, output_tokens,
            cache_read_tokens, start_ns, end_ns, status, status_message, stop, stop_raw, user_message, output_text,
            attributes)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """

    /// Binds one trace's columns, in the order of ``traceInsertSQL``, and inserts it.
    static func insert(_ trace: Trace, runId: Int64, file: String, with statement: Statement) throws {
        let totals = trace.totals
        var row = SQLiteRow(statement)
        row.add(runId)
        row.add(trace.traceId)
        row.add(trace.caseId)
        row.add(trace.query)
        row.add(trace.finalAnswer)
        row.add(trace.architecture.rawValue)
        row.add(trace.route)
        row.add(trace.recordedOutcome)
        row.add(trace.format)
        row.add(trace.dialects.joined(separator: ","))
        row.add(file)
        row.add(trace.start)
        row.add(totals.llmCalls)
        row.add(totals.toolCalls)
        row.add(totals.usage.input)
        row.add(totals.usage.output)
        row.add(totals.usage.cacheRead)
        row.add(totals.latencyNanos)
        row.add(totals.finalStopReason?.category.rawValue)
        row.add(totals.finalStopReason?.raw)
        row.add(totals.errorCount)
        row.add(blob: TraceDigest.encode(trace))
        try row.run()
    }

    /// Binds one span's columns, in the order of ``spanInsertSQL``, and inserts it.
    static func insert(_ span: Span, runId: Int64, ordinal: Int, with statement: Statement) throws {
        var row = SQLiteRow(statement)
        row.add(runId)
        row.add(span.traceId)
        row.add(ordinal)
        row.add(span.spanId)
        row.add(span.parentSpanId)
        row.add(span.kind.rawValue)
        row.add(span.name)
        row.add(span.step)
        row.add(span.tool?.name)
        row.add(span.tool?.arguments?.canonicalText)
        row.add(span.tool?.callId)
        row.add(span.tool?.result)
        row.add(span.requestedToolCalls.isEmpty ? nil : JSONValue.array(span.requestedToolCalls.map(encode)).canonicalText)
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
        row.add(JSONValue.object(span.attributes).canonicalText)
        try row.run()
    }

    /// A tool call as a JSON object (for the `requested_tool_calls` column).
    static func encode(_ call: ToolCall) -> JSONValue {
        var object: [String: JSONValue] = ["name": .string(call.name)]
        if let arguments = call.arguments { object["arguments"] = arguments }
        if let callId = call.callId { object["id"] = .string(callId) }
        if let result = call.result { object["result"] = .string(result) }
        return .object(object)
    }
}
