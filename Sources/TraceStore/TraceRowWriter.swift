import GRDB
import TraceModel

/// Writes traces and their spans into one run inside an open write transaction, with its
/// statements prepared once. A trace already in the run is replaced, spans and scores included.
struct TraceRowWriter {
    private let db: Database
    private let runId: Int64
    private let exists: Statement
    private let remove: Statement
    private let traceInsert: Statement
    private let spanInsert: Statement
    /// What was written so far.
    private(set) var summary = InsertSummary()

    /// A writer into `run` (created, stamped `timestamp`, if new).
    init(_ db: Database, run: String, at timestamp: String) throws {
        self.db = db
        runId = try SQLiteStore.runId(db, name: run, createdAt: timestamp)
        exists = try db.makeStatement(sql: "SELECT 1 FROM traces WHERE run_id = ? AND trace_id = CAST(? AS TEXT)")
        remove = try db.makeStatement(sql: "DELETE FROM traces WHERE run_id = ? AND trace_id = CAST(? AS TEXT)")
        traceInsert = try db.makeStatement(sql: SQLiteStore.traceInsertSQL)
        spanInsert = try db.makeStatement(sql: SQLiteStore.spanInsertSQL)
    }

    /// Writes the traces of `batch`, read from `file`, in order (a trace id given twice: the last
    /// one stays). Their rows are encoded on every core first; this thread binds and steps.
    mutating func write(_ batch: [Trace], file: String) throws {
        let (traces, superseded) = EncodedTrace.batch(batch)
        summary.replaced += superseded
        for trace in traces { try write(trace, file: file) }
    }

    private mutating func write(_ encoded: EncodedTrace, file: String) throws {
        let traceId = encoded.trace.traceId
        if try Bool.fetchOne(exists, arguments: [runId, ExactText.bytes(traceId)]) == true {
            try remove.execute(arguments: [runId, ExactText.bytes(traceId)])
            summary.replaced += 1
        } else {
            summary.inserted += 1
        }
        var traceRow = SQLiteRow(traceInsert)
        encoded.writeTrace(runId: runId, file: file, into: &traceRow)
        try traceRow.run()
        for ordinal in encoded.trace.spans.indices {
            var spanRow = SQLiteRow(spanInsert)
            encoded.writeSpan(ordinal, runId: runId, into: &spanRow)
            try spanRow.run()
        }
        summary.spans += encoded.trace.spans.count
    }

    /// Records the file the traces came from.
    func finish(file: String, format: String, bytes: Int, at timestamp: String) throws {
        try db.execute(
            sql: "INSERT INTO ingested_files (run_id, path, format, bytes, traces, spans, ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
            arguments: [runId, file, format, bytes, summary.inserted + summary.replaced, summary.spans, timestamp]
        )
    }
}
