import GRDB

extension SQLiteStore {
    /// Deletes `run` and everything in it (traces, spans, scores, file records) in one transaction;
    /// the number of traces it had.
    @discardableResult
    public func deleteRun(_ run: String) throws(StoreError) -> Int {
        try write { db in
            let runId = try Self.existingRunId(db, name: run)
            let traces = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM traces WHERE run_id = ?", arguments: [runId]) ?? 0
            try Self.clear(db, runId: runId)
            try db.execute(sql: "DELETE FROM runs WHERE id = ?", arguments: [runId])
            return traces
        }
    }

    /// Removes a run's contents, keeping the run itself (foreign keys cascade spans and scores).
    static func clear(_ db: Database, runId: Int64) throws {
        try db.execute(sql: "DELETE FROM spans WHERE run_id = ?", arguments: [runId])
        try db.execute(sql: "DELETE FROM scores WHERE run_id = ?", arguments: [runId])
        try db.execute(sql: "DELETE FROM traces WHERE run_id = ?", arguments: [runId])
        try db.execute(sql: "DELETE FROM ingested_files WHERE run_id = ?", arguments: [runId])
    }
}
