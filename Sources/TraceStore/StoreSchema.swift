import GRDB

/// The store's schema, created and upgraded by migrations.
enum StoreSchema {
    /// Refuses a store written by a newer tracegate (it has migrations this one does not know) and,
    /// when it cannot write, one that still needs migrating.
    static func check(_ pool: DatabasePool, writable: Bool) throws {
        let migrator = Self.migrator
        let known = Set(migrator.migrations)
        let applied = try pool.read { db in try migrator.appliedIdentifiers(db) }
        let unknown = applied.subtracting(known).sorted()
        if !unknown.isEmpty {
            throw StoreError.cannotOpen(path: pool.path, reason: "it was written by a newer tracegate (schema \(unknown.joined(separator: ", "))); "
                + "this tracegate knows schema up to \(migrator.migrations.last ?? "none"): use the newer tracegate, or another --db")
        }
        if !writable, !known.isSubset(of: applied) {
            let missing = migrator.migrations.filter { !applied.contains($0) }
            if applied.isEmpty { throw StoreError.cannotOpen(path: pool.path, reason: "it is not a tracegate store (no schema)") }
            throw StoreError.needsUpgrade(path: pool.path, missing: missing)
        }
    }

    /// Applies the missing migrations. Writers open a store one at a time (``OpeningTurn``), so no
    /// other tracegate can be half way through the same migration.
    static func migrate(_ pool: DatabasePool) throws {
        let migrator = Self.migrator
        // A current store needs nothing, and asking GRDB to migrate it would queue for the write lock.
        if try pool.read({ db in try migrator.hasCompletedMigrations(db) }) { return }
        try migrator.migrate(pool)
    }

    /// `PRAGMA quick_check`: a damaged file is refused before anything is written into it.
    static func quickCheck(_ pool: DatabasePool) throws {
        let result = try pool.read { db in try String.fetchAll(db, sql: "PRAGMA quick_check(5)") }
        guard result == ["ok"] else {
            throw StoreError.cannotOpen(path: pool.path, reason: "the file is damaged (SQLite quick_check: "
                + result.prefix(3).joined(separator: "; ") + "); restore it from a copy or start a new store with another --db")
        }
    }

    /// Every migration, in order. Never edit one that has shipped; add another.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-runs-traces-spans-scores") { db in
            try db.execute(sql: """
                CREATE TABLE runs (
                    id INTEGER PRIMARY KEY,
                    name TEXT NOT NULL UNIQUE,
                    created_at TEXT NOT NULL
                );
                CREATE TABLE traces (
                    run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
                    trace_id TEXT NOT NULL,
                    case_id TEXT,
                    query TEXT,
                    final_answer TEXT,
                    architecture TEXT NOT NULL,
                    route TEXT,
                    recorded_outcome REAL,
                    format TEXT NOT NULL,
                    dialects TEXT NOT NULL,
                    source_file TEXT NOT NULL,
                    start_ns INTEGER NOT NULL,
                    llm_calls INTEGER NOT NULL,
                    tool_calls INTEGER NOT NULL,
                    input_tokens INTEGER NOT NULL,
                    output_tokens INTEGER NOT NULL,
                    cache_read_tokens INTEGER NOT NULL,
                    latency_ns INTEGER NOT NULL,
                    final_stop TEXT,
                    final_stop_raw TEXT,
                    error_count INTEGER NOT NULL,
                    PRIMARY KEY (run_id, trace_id)
                );
                CREATE TABLE spans (
                    run_id INTEGER NOT NULL,
                    trace_id TEXT NOT NULL,
                    ord INTEGER NOT NULL,
                    span_id TEXT NOT NULL,
                    parent_span_id TEXT,
                    kind TEXT NOT NULL,
                    name TEXT NOT NULL,
                    step INTEGER NOT NULL,
                    tool_name TEXT,
                    tool_args TEXT,
                    tool_call_id TEXT,
                    tool_result TEXT,
                    requested_tool_calls TEXT,
                    route TEXT,
                    model TEXT,
                    input_tokens INTEGER,
                    output_tokens INTEGER,
                    cache_read_tokens INTEGER,
                    start_ns INTEGER NOT NULL,
                    end_ns INTEGER NOT NULL,
                    status TEXT NOT NULL,
                    status_message TEXT,
                    stop TEXT,
                    stop_raw TEXT,
                    user_message TEXT,
                    output_text TEXT,
                    attributes TEXT NOT NULL,
                    PRIMARY KEY (run_id, trace_id, span_id),
                    FOREIGN KEY (run_id, trace_id) REFERENCES traces(run_id, trace_id) ON DELETE CASCADE
                );
                CREATE TABLE scores (
                    run_id INTEGER NOT NULL,
                    trace_id TEXT NOT NULL,
                    golden TEXT NOT NULL,
                    case_id TEXT NOT NULL,
                    metric TEXT NOT NULL,
                    score REAL,
                    passed INTEGER NOT NULL,
                    details TEXT NOT NULL,
                    PRIMARY KEY (run_id, trace_id, golden, metric),
                    FOREIGN KEY (run_id, trace_id) REFERENCES traces(run_id, trace_id) ON DELETE CASCADE
                );
                CREATE TABLE ingested_files (
                    run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
                    path TEXT NOT NULL,
                    format TEXT NOT NULL,
                    bytes INTEGER NOT NULL,
                    traces INTEGER NOT NULL,
                    spans INTEGER NOT NULL,
                    ingested_at TEXT NOT NULL
                );
                CREATE INDEX traces_by_case ON traces(run_id, case_id);
                """)
        }
        // The evaluation digest (``TraceDigest``): score, compare, gate and baseline read it instead
        // of the spans. Traces stored before it have none and are read from their spans.
        migrator.registerMigration("v2-trace-digest") { db in
            try db.execute(sql: "ALTER TABLE traces ADD COLUMN digest BLOB")
        }
        // Metadata of a run for CI history (`ingest --meta branch=main`).
        migrator.registerMigration("v3-run-meta") { db in
            try db.execute(sql: """
                CREATE TABLE run_meta (
                    run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
                    key TEXT NOT NULL,
                    value TEXT NOT NULL,
                    PRIMARY KEY (run_id, key)
                )
                """)
        }
        return migrator
    }
}
