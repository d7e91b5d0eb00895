import NIOCore
import PostgresNIO
import TraceStore

extension PostgresStore {
    /// The columns of a score row, in the order ``saveScores(_:run:golden:)`` fills them.
    private static let scoreColumns = ["run_id", "trace_id", "golden", "case_id", "metric", "score", "passed", "details"]

    public func saveScores(_ rows: [ScoreRow], run: String, golden: String) throws(StoreError) {
        try writing {
            let runId = try existingRunId(run)
            // Take the run's turn, as an ingest into it does: scores are written between ingests, not during one.
            try execute("SELECT id FROM runs WHERE id = \(runId) FOR UPDATE")
            try execute("DELETE FROM scores WHERE run_id = \(runId) AND golden = \(ByteBuffer(string: golden))")
            var scores = CopyRows(columns: Self.scoreColumns, byteaColumns: PostgresSchema.byteaColumns)
            for row in rows {
                scores.add(runId)
                scores.add(row.traceId)
                scores.add(golden)
                scores.add(row.caseId)
                scores.add(row.metric)
                scores.add(row.score)
                scores.add(row.passed ? "t" : "f")
                scores.add(row.details)
                scores.endRow()
            }
            try copy(scores, into: "scores", columns: Self.scoreColumns)
        }
    }

    public func scores(run: String, golden: String) throws(StoreError) -> [ScoreRow] {
        try reading {
            let runId = try existingRunId(run)
            return try rows("""
                SELECT trace_id, case_id, metric, score, passed, details FROM scores
                WHERE run_id = \(runId) AND golden = \(ByteBuffer(string: golden)) ORDER BY trace_id, metric
                """).map { row in
                let columns = PostgresColumns(row)
                let passed = try row.makeRandomAccess()[4].decode(Bool.self)
                return ScoreRow(traceId: columns.text(0) ?? "", caseId: columns.text(1) ?? "", metric: columns.text(2) ?? "",
                                score: columns.real(3) ?? 0, passed: passed, details: columns.text(5) ?? "")
            }
        }
    }

    @discardableResult
    public func deleteRun(_ run: String) throws(StoreError) -> Int {
        try writing {
            let runId = try existingRunId(run)
            let traces = try rows("SELECT count(*) FROM traces WHERE run_id = \(runId)")[0].decode(Int64.self)
            try clear(runId: runId)
            try execute("DELETE FROM runs WHERE id = \(runId)")
            return Int(traces)
        }
    }
}
