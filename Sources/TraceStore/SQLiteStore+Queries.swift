import GRDB
import TraceJSON
import TraceModel

extension SQLiteStore {
    /// Every run, oldest first.
    public func runs() throws(StoreError) -> [RunSummary] {
        try read { db in
            let rows = try Row.fetchAll(db, sql: """
                SELECT r.id, r.name, r.created_at,
                    (SELECT COUNT(*) FROM traces t WHERE t.run_id = r.id) AS traces,
                    (SELECT COUNT(*) FROM spans s WHERE s.run_id = r.id) AS spans,
                    (SELECT COUNT(*) FROM ingested_files f WHERE f.run_id = r.id) AS files
                FROM runs r ORDER BY r.id
                """)
            return try rows.map { row in
                let runId: Int64 = row["id"]
                return RunSummary(
                    name: row["name"], createdAt: row["created_at"], traces: row["traces"], spans: row["spans"],
                    architectures: try Self.counts(db, column: "architecture", runId: runId),
                    formats: try Self.counts(db, column: "format", runId: runId), files: row["files"],
                    meta: try Self.meta(db, runId: runId)
                )
            }
        }
    }

    private static func meta(_ db: Database, runId: Int64) throws -> [String: String] {
        let rows = try Row.fetchAll(db, sql: "SELECT key, value FROM run_meta WHERE run_id = ?", arguments: [runId])
        return Dictionary(rows.map { (($0.text("key") ?? ""), ($0.text("value") ?? "")) }, uniquingKeysWith: { $1 })
    }

    /// The newest run whose metadata has every pair of `filter`, other than `excluding`; an error
    /// naming the filter when there is none.
    public func latestRun(matching filter: [String: String], excluding: String?) throws(StoreError) -> String {
        // Names and metadata only: the trace and span counts of runs() would scan every run.
        let all = try read { db in
            try Row.fetchAll(db, sql: "SELECT id, name FROM runs ORDER BY id").map { row in
                (name: row.text("name") ?? "", meta: try Self.meta(db, runId: row["id"]))
            }
        }
        return try Self.newest(of: all, matching: filter, excluding: excluding)
    }

    private static func counts(_ db: Database, column: String, runId: Int64) throws -> [String: Int] {
        let rows = try Row.fetchAll(db, sql: "SELECT \(column) AS key, COUNT(*) AS n FROM traces WHERE run_id = ? GROUP BY \(column)",
                                    arguments: [runId])
        return Dictionary(uniqueKeysWithValues: rows.map { ($0["key"] as String, $0["n"] as Int) })
    }

    /// The traces of `run`, in start order.
    public func traceSummaries(run: String) throws(StoreError) -> [TraceSummary] {
        try read { db in
            let runId = try Self.existingRunId(db, name: run)
            let rows = try Row.fetchCursor(db, sql: "SELECT \(TraceSummaryRow.selectList) FROM traces WHERE run_id = ? ORDER BY start_ns, trace_id",
                                           arguments: [runId])
            return try Array(rows.map { TraceSummaryRow.read(SQLiteColumns(row: $0), run: run) })
        }
    }

    /// One trace with its spans. With no run named, the trace id must be in exactly one run.
    public func trace(id traceId: String, run: String?) throws(StoreError) -> (run: String, trace: Trace) {
        try read { db in
            let candidates = try Row.fetchAll(db, sql: """
                SELECT r.id, r.name FROM traces t JOIN runs r ON r.id = t.run_id WHERE t.trace_id = CAST(? AS TEXT) ORDER BY r.id
                """, arguments: [ExactText.bytes(traceId)])
            if let run {
                let runId = try Self.existingRunId(db, name: run)
                guard candidates.contains(where: { ($0["id"] as Int64) == runId }) else {
                    throw StoreError.traceNotFound(traceId: traceId, run: run)
                }
                return (run, try Self.loadTrace(db, runId: runId, traceId: traceId))
            }
            guard let only = candidates.first else { throw StoreError.traceNotFound(traceId: traceId, run: nil) }
            guard candidates.count == 1 else {
                throw StoreError.ambiguousTrace(traceId: traceId, runs: candidates.map { $0["name"] as String })
            }
            return (only["name"], try Self.loadTrace(db, runId: only["id"], traceId: traceId))
        }
    }

    /// Every trace of `run` with its spans, in start order.
    public func traces(run: String) throws(StoreError) -> [Trace] {
        try read { db in
            let runId = try Self.existingRunId(db, name: run)
            // Two queries for the whole run, not two per trace.
            // Trace rows through a cursor too, so text keeps every byte (see Row.text).
            let traceRows = try Row.fetchCursor(db, sql: "SELECT \(TraceRow.shellSelectList) FROM traces WHERE run_id = ? ORDER BY start_ns, trace_id",
                                                arguments: [runId]).map { TraceRow.shell(SQLiteColumns(row: $0)) }
            let shells = try Array(traceRows)
            // Span rows are read through a cursor (one row buffer, reused) and decoded as they come.
            let spanRows = try Row.fetchCursor(db, sql: "SELECT \(SpanColumn.selectList) FROM spans WHERE run_id = ? ORDER BY trace_id, ord",
                                               arguments: [runId])
            let parser = JSONDocumentParser()
            var spansByTrace: [String: [Span]] = [:]
            while let row = try spanRows.next() {
                let span = try SpanRow.read(SQLiteColumns(row: row), parser: parser)
                spansByTrace[span.traceId, default: []].append(span)
            }
            return shells.map { $0.with(spans: spansByTrace.removeValue(forKey: $0.traceId) ?? []) }
        }
    }

    static func existingRunId(_ db: Database, name: String) throws -> Int64 {
        if let id = try Int64.fetchOne(db, sql: "SELECT id FROM runs WHERE name = ?", arguments: [name]) { return id }
        let names = try String.fetchAll(db, sql: "SELECT name FROM runs ORDER BY id")
        throw StoreError.runNotFound(name: name, available: names)
    }
}
