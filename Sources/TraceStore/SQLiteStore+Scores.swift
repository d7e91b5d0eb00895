import GRDB

extension SQLiteStore {
    /// Replaces the scores of `run` against the golden dataset `golden` with `rows`, in one transaction.
    public func saveScores(_ rows: [ScoreRow], run: String, golden: String) throws(StoreError) {
        try write { db in try Self.replaceScores(db, rows, run: run, golden: golden) }
    }

    private static func replaceScores(_ db: Database, _ rows: [ScoreRow], run: String, golden: String) throws {
        let runId = try existingRunId(db, name: run)
        try db.execute(sql: "DELETE FROM scores WHERE run_id = ? AND golden = CAST(? AS TEXT)", arguments: [runId, ExactText.bytes(golden)])
        let insert = try db.makeStatement(sql: """
            INSERT INTO scores (run_id, trace_id, golden, case_id, metric, score, passed, details)
            VALUES (?, CAST(? AS TEXT), CAST(? AS TEXT), CAST(? AS TEXT), ?, ?, ?, CAST(? AS TEXT))
            """)
        for row in rows {
            try insert.execute(arguments: [runId, ExactText.bytes(row.traceId), ExactText.bytes(golden), ExactText.bytes(row.caseId), row.metric,
                                           row.score, row.passed, ExactText.bytes(row.details)])
        }
    }

    /// The stored scores of `run` against `golden`, by trace and metric.
    public func scores(run: String, golden: String) throws(StoreError) -> [ScoreRow] {
        try read { db in
            let runId = try Self.existingRunId(db, name: run)
            // Through a cursor, so text keeps every byte (see Row.text).
            return try Array(Row.fetchCursor(db, sql: """
                SELECT trace_id, case_id, metric, score, passed, details FROM scores
                WHERE run_id = ? AND golden = CAST(? AS TEXT) ORDER BY trace_id, metric
                """, arguments: [runId, ExactText.bytes(golden)]).map { row in
                ScoreRow(traceId: row.text(0) ?? "", caseId: row.text(1) ?? "", metric: row.text(2) ?? "", score: row[3],
                         passed: row[4], details: row.text(5) ?? "")
            })
        }
    }
}
