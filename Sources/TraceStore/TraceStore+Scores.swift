import GRDB

extension TraceStore {
    /// Replaces the scores of `run` against the golden dataset `golden` with `rows`, in one transaction.
    public func saveScores(_ rows: [ScoreRow], run: String, golden: String) throws(StoreError) {
        try write { db in try Self.replaceScores(db, rows, run: run, golden: golden) }
    }

    private static func replaceScores(_ db: Database, _ rows: [ScoreRow], run: String, golden: String) throws {
        let runId = try existingRunId(db, name: run)
        try db.execute(sql: "DELETE FROM scores WHERE run_id = ? AND golden = ?", arguments: [runId, golden])
        let insert = try db.makeStatement(sql: """
            INSERT INTO scores (run_id, trace_id, golden, case_id, metric, score, passed, details)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """)
        for row in rows {
            try insert.execute(arguments: [runId, row.traceId, golden, row.caseId, row.metric, row.score, row.passed, row.details])
        }
    }

    /// The stored scores of `run` against `golden`, by trace and metric.
    public func scores(run: String, golden: String) throws(StoreError) -> [ScoreRow] {
        try read { db in
            let runId = try Self.existingRunId(db, name: run)
            return try Row.fetchAll(db, sql: """
                SELECT trace_id, case_id, metric, score, passed, details FROM scores
                WHERE run_id = ? AND golden = ? ORDER BY trace_id, metric
                """, arguments: [runId, golden]).map { row in
                ScoreRow(traceId: row["trace_id"], caseId: row["case_id"], metric: row["metric"], score: row["score"],
                         passed: row["passed"], details: row["details"])
            }
        }
    }
}
