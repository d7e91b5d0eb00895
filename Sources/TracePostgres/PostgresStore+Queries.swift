import NIOCore
import PostgresNIO
import TraceJSON
import TraceModel
import TraceStore

extension PostgresStore {
    public func runs() throws(StoreError) -> [RunSummary] {
        try reading {
            let counts = try rows("""
                SELECT r.id, r.name, r.created_at,
                    (SELECT count(*) FROM traces t WHERE t.run_id = r.id),
                    (SELECT count(*) FROM spans s WHERE s.run_id = r.id),
                    (SELECT count(*) FROM ingested_files f WHERE f.run_id = r.id)
                FROM runs r ORDER BY r.id
                """)
            let meta = try metaByRun()
            let architectures = try groupCounts("architecture")
            let formats = try groupCounts("format")
            return try counts.map { row in
                let (runId, name, createdAt, traces, spans, files) = try row.decode((Int64, String, String, Int64, Int64, Int64).self)
                return RunSummary(name: name, createdAt: createdAt, traces: Int(traces), spans: Int(spans),
                                  architectures: architectures[runId] ?? [:], formats: formats[runId] ?? [:],
                                  files: Int(files), meta: meta[runId] ?? [:])
            }
        }
    }

    /// How many traces of each run have each value of `column`, by run id: one query for all runs.
    private func groupCounts(_ column: String) throws -> [Int64: [String: Int]] {
        var counts: [Int64: [String: Int]] = [:]
        for row in try rows(PostgresQuery(unsafeSQL: "SELECT run_id, \(column), count(*) FROM traces GROUP BY run_id, \(column)")) {
            let (runId, key, count) = try row.decode((Int64, String, Int64).self)
            counts[runId, default: [:]][key] = Int(count)
        }
        return counts
    }

    private func bindings(_ runId: Int64) throws -> PostgresBindings {
        var binds = PostgresBindings()
        binds.append(runId)
        return binds
    }

    /// The metadata of every run, by run id.
    private func metaByRun() throws -> [Int64: [String: String]] {
        var meta: [Int64: [String: String]] = [:]
        for row in try rows("SELECT run_id, key, value FROM run_meta") {
            let (runId, key, value) = try row.decode((Int64, String, String).self)
            meta[runId, default: [:]][key] = value
        }
        return meta
    }

    public func latestRun(matching filter: [String: String], excluding: String?) throws(StoreError) -> String {
        let all = try reading {
            let meta = try metaByRun()
            return try rows("SELECT id, name FROM runs ORDER BY id").map { row in
                let (id, name) = try row.decode((Int64, String).self)
                return (name: name, meta: meta[id] ?? [:])
            }
        }
        return try Self.newest(of: all, matching: filter, excluding: excluding)
    }

    public func traceSummaries(run: String) throws(StoreError) -> [TraceSummary] {
        try reading {
            let runId = try existingRunId(run)
            return try rows(PostgresQuery(unsafeSQL: "SELECT \(TraceSummaryRow.selectList) FROM traces WHERE run_id = $1 ORDER BY start_ns, trace_id",
                                          binds: try bindings(runId))).map { TraceSummaryRow.read(PostgresColumns($0), run: run) }
        }
    }

    public func trace(id traceId: String, run: String?) throws(StoreError) -> (run: String, trace: Trace) {
        try reading {
            let candidates = try rows("""
                SELECT r.id, r.name FROM traces t JOIN runs r ON r.id = t.run_id WHERE t.trace_id = \(ByteBuffer(string: traceId)) ORDER BY r.id
                """).map { try $0.decode((Int64, String).self) }
            if let run {
                let runId = try existingRunId(run)
                guard candidates.contains(where: { $0.0 == runId }) else { throw StoreError.traceNotFound(traceId: traceId, run: run) }
                return (run, try onlyTrace(runId: runId, traceId: traceId, run: run))
            }
            guard let only = candidates.first else { throw StoreError.traceNotFound(traceId: traceId, run: nil) }
            guard candidates.count == 1 else { throw StoreError.ambiguousTrace(traceId: traceId, runs: candidates.map(\.1)) }
            return (only.1, try onlyTrace(runId: only.0, traceId: traceId, run: only.1))
        }
    }

    private func onlyTrace(runId: Int64, traceId: String, run: String) throws -> Trace {
        guard let trace = try loadTraces(runId: runId, traceId: traceId).first else { throw StoreError.traceNotFound(traceId: traceId, run: run) }
        return trace
    }

    public func traces(run: String) throws(StoreError) -> [Trace] {
        try reading { try loadTraces(runId: try existingRunId(run), traceId: nil) }
    }

    /// The traces of a run (or the one trace `traceId`) with their spans, in start order.
    private func loadTraces(runId: Int64, traceId: String?) throws -> [Trace] {
        let only = traceId.map { ByteBuffer(string: $0) }
        let shells = try rows(PostgresQuery(unsafeSQL: """
            SELECT \(TraceRow.shellSelectList) FROM traces WHERE run_id = $1 AND ($2::bytea IS NULL OR trace_id = $2)
            ORDER BY start_ns, trace_id
            """, binds: try bindings(runId, only))).map { TraceRow.shell(PostgresColumns($0)) }
        let parser = JSONDocumentParser()
        var spansByTrace: [String: [Span]] = [:]
        for row in try rows(PostgresQuery(unsafeSQL: """
            SELECT \(SpanColumn.selectList) FROM spans WHERE run_id = $1 AND ($2::bytea IS NULL OR trace_id = $2) ORDER BY trace_id, ord
            """, binds: try bindings(runId, only))) {
            let span = try SpanRow.read(PostgresColumns(row), parser: parser)
            spansByTrace[span.traceId, default: []].append(span)
        }
        return shells.map { $0.with(spans: spansByTrace.removeValue(forKey: $0.traceId) ?? []) }
    }

    private func bindings(_ runId: Int64, _ traceId: ByteBuffer?) throws -> PostgresBindings {
        var binds = try bindings(runId)
        binds.append(traceId)
        return binds
    }

    public func evaluationTraces(run: String, batchSize: Int, _ body: ([Trace]) -> Void) throws(StoreError) {
        try reading {
            let runId = try existingRunId(run)
            let size = max(1, batchSize)
            // Pages by (start_ns, trace_id), which is unique within a run, in one repeatable-read
            // snapshot: every trace comes exactly once, in start order, and a run is never in memory whole.
            var after: (start: Int64, traceId: ByteBuffer)?
            while true {
                let page = try after.map { last in
                    try rows("""
                        SELECT trace_id, digest, start_ns FROM traces WHERE run_id = \(runId)
                        AND (start_ns, trace_id) > (\(last.start), \(last.traceId)) ORDER BY start_ns, trace_id LIMIT \(size)
                        """)
                } ?? rows("SELECT trace_id, digest, start_ns FROM traces WHERE run_id = \(runId) ORDER BY start_ns, trace_id LIMIT \(size)")
                guard !page.isEmpty else { return }
                body(try page.map { row in try decodeDigest(PostgresColumns(row), run: run) })
                let last = PostgresColumns(page[page.count - 1])
                guard page.count == size, let start = last.integer(2), let traceId = last.bytes(0) else { return }
                after = (start, traceId)
            }
        }
    }

    private func decodeDigest(_ columns: PostgresColumns, run: String) throws -> Trace {
        guard let digest = columns.bytes(1) else {
            throw StoreError.database("trace \(columns.text(0) ?? "?") of run '\(run)' has no evaluation digest")
        }
        do {
            return try digest.withUnsafeReadableBytes { buffer throws(DigestError) in try TraceDigest.decode(buffer) }
        } catch {
            throw StoreError.database("trace \(columns.text(0) ?? "?") of run '\(run)': \(error)")
        }
    }
}
