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

    /// Writes one trace read from `file`.
    mutating func write(_ trace: Trace, file: String) throws {
        if try Bool.fetchOne(exists, arguments: [runId, ExactText.bytes(trace.traceId)]) == true {
            try remove.execute(arguments: [runId, ExactText.bytes(trace.traceId)])
            summary.replaced += 1
        } else {
            summary.inserted += 1
        }
        var traceRow = SQLiteRow(traceInsert)
        TraceRow.write(trace, runId: runId, file: file, into: &traceRow)
        try traceRow.run()
        for (ordinal, span) in trace.spans.enumerated() {
            var spanRow = SQLiteRow(spanInsert)
            SpanRow.write(span, runId: runId, ordinal: ordinal, into: &spanRow)
            try spanRow.run()
        }
        summary.spans += trace.spans.count
    }

    /// Records the file the traces came from.
    func finish(file: String, format: String, bytes: Int, at timestamp: String) throws {
        try db.execute(
            sql: "INSERT INTO ingested_files (run_id, path, format, bytes, traces, spans, ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
            arguments: [runId, file, format, bytes, summary.inserted + summary.replaced, summary.spans, timestamp]
        )
    }
}
