import Foundation
import GRDB
import TraceModel

extension SQLiteStore {
    /// Writes a file's traces into `run` (created if new) in one transaction.
    ///
    /// A trace already in the run is replaced, spans and scores included, so re-ingesting a file
    /// never duplicates. If anything fails, nothing of the batch is written.
    @discardableResult
    public func insert(_ batch: IngestBatch, run: String, at timestamp: String) throws(StoreError) -> InsertSummary {
        try write { db in
            var writer = try TraceRowWriter(db, run: run, at: timestamp)
            try writer.write(batch.traces, file: batch.file)
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
    public func insert(file path: String, run: String, at timestamp: String, replacingRun: Bool, meta: [String: String],
                       batches next: () throws -> [Trace]?, described: () -> (format: String, bytes: Int)) throws -> InsertSummary {
        try writePassingErrors { db in
            if replacingRun, let runId = try Int64.fetchOne(db, sql: "SELECT id FROM runs WHERE name = ?", arguments: [run]) {
                try Self.clear(db, runId: runId)
            }
            var writer = try TraceRowWriter(db, run: run, at: timestamp)
            try Self.record(meta, run: run, db)
            while let batch = try next() { try writer.write(batch, file: path) }
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

    static let traceInsertSQL = insertSQL(table: "traces", columns: TraceRow.columns)
    static let spanInsertSQL = insertSQL(table: "spans", columns: SpanRow.columns)

    private static func insertSQL(table: String, columns: [String]) -> String {
        "INSERT INTO \(table) (\(columns.joined(separator: ", "))) VALUES (\(Array(repeating: "?", count: columns.count).joined(separator: ", ")))"
    }
}
