import NIOCore
import PostgresNIO
import TraceModel
import TraceStore

extension PostgresStore {
    @discardableResult
    public func insert(_ batch: IngestBatch, run: String, at timestamp: String) throws(StoreError) -> InsertSummary {
        var pending: [Trace]? = batch.traces
        return try writing {
            try write(file: batch.file, run: run, at: timestamp, replacingRun: false, meta: [:],
                      batches: { defer { pending = nil }; return pending }, described: { (batch.format, batch.bytes) })
        }
    }

    public func insert(file path: String, run: String, at timestamp: String, replacingRun: Bool, meta: [String: String],
                       batches next: () throws -> [Trace]?, described: () -> (format: String, bytes: Int)) throws -> InsertSummary {
        do {
            return try transaction {
                try write(file: path, run: run, at: timestamp, replacingRun: replacingRun, meta: meta, batches: next, described: described)
            }
        } catch let error as PSQLError {
            throw StoreError.database(PostgresErrorText.plain(error))
        } catch let error as ConnectionLost {
            throw StoreError.database(error.description)
        }
    }

    /// The body of both inserts, inside a write transaction.
    private func write(file path: String, run: String, at timestamp: String, replacingRun: Bool, meta: [String: String],
                       batches next: () throws -> [Trace]?, described: () -> (format: String, bytes: Int)) throws -> InsertSummary {
        let runId = try lockedRunId(run, createdAt: timestamp)
        if replacingRun { try clear(runId: runId) }
        for key in meta.keys.sorted() {
            try execute("""
                INSERT INTO run_meta (run_id, key, value) VALUES (\(runId), \(key), \(meta[key]!))
                ON CONFLICT (run_id, key) DO UPDATE SET value = excluded.value
                """)
        }
        var summary = InsertSummary()
        var traceRows = CopyRows(columns: TraceRow.columns, byteaColumns: PostgresSchema.byteaColumns)
        var spanRows = CopyRows(columns: SpanRow.columns, byteaColumns: PostgresSchema.byteaColumns)
        while let batch = try next() {
            let (traces, superseded) = EncodedTrace.batch(batch)
            summary.replaced += superseded
            let ids = traces.map { ByteBuffer(string: $0.trace.traceId) }
            let removed = try rows("WITH gone AS (DELETE FROM traces WHERE run_id = \(runId) AND trace_id = ANY(\(ids)) RETURNING 1) SELECT count(*) FROM gone")
            let replaced = Int(try removed[0].decode(Int64.self))
            summary.replaced += replaced
            summary.inserted += traces.count - replaced
            traceRows.reset()
            spanRows.reset()
            for encoded in traces {
                encoded.writeTrace(runId: runId, file: path, into: &traceRows)
                traceRows.endRow()
                for ordinal in encoded.trace.spans.indices {
                    encoded.writeSpan(ordinal, runId: runId, into: &spanRows)
                    spanRows.endRow()
                }
                summary.spans += encoded.trace.spans.count
            }
            try copy(traceRows, into: "traces", columns: TraceRow.columns)
            try copy(spanRows, into: "spans", columns: SpanRow.columns)
        }
        let (format, bytes) = described()
        try execute("""
            INSERT INTO ingested_files (run_id, path, format, bytes, traces, spans, ingested_at)
            VALUES (\(runId), \(ByteBuffer(string: path)), \(format), \(Int64(bytes)), \(Int64(summary.inserted + summary.replaced)),
                    \(Int64(summary.spans)), \(timestamp))
            """)
        return summary
    }

    /// The id of `run`, created if new, with its row locked to the end of the transaction: writers
    /// into one run take turns from here to their commit; other runs are not held up. A run
    /// deleted by another process between the two statements is created again.
    private func lockedRunId(_ run: String, createdAt timestamp: String) throws -> Int64 {
        for _ in 0..<3 {
            try execute("INSERT INTO runs (name, created_at) VALUES (\(run), \(timestamp)) ON CONFLICT (name) DO NOTHING")
            if let row = try rows("SELECT id FROM runs WHERE name = \(run) FOR UPDATE").first { return try row.decode(Int64.self) }
        }
        throw StoreError.database("run '\(run)' was deleted by another process each time this file tried to write into it")
    }

    /// Removes a run's contents, keeping the run itself.
    func clear(runId: Int64) throws {
        try execute("DELETE FROM scores WHERE run_id = \(runId)")
        try execute("DELETE FROM spans WHERE run_id = \(runId)")
        try execute("DELETE FROM traces WHERE run_id = \(runId)")
        try execute("DELETE FROM ingested_files WHERE run_id = \(runId)")
    }
}
