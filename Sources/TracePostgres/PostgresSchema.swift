import PostgresNIO
import TraceStore

/// The PostgreSQL store's schema and its migrations.
///
/// The tables and columns are SQLite's, with two differences: integers are `bigint`, and every
/// column that holds trace or golden content is `bytea`, because PostgreSQL text cannot hold the
/// NUL character that JSON strings may carry; so a trace reads back byte for byte as it does from
/// SQLite. Migrations run under a transaction-scoped advisory lock: runners that start at once
/// take turns, and the later ones find the work done.
enum PostgresSchema {
    /// The columns, by name in any table, that are `bytea` and so go into a `COPY` as hex (the
    /// rest are text or numbers).
    static let byteaColumns: Set<String> = [
        "trace_id", "case_id", "query", "final_answer", "route", "source_file", "final_stop_raw", "digest",
        "span_id", "parent_span_id", "name", "tool_name", "tool_args", "tool_call_id", "tool_result",
        "requested_tool_calls", "model", "status_message", "stop_raw", "user_message", "output_text", "attributes",
        "golden", "details",
    ]

    /// Every migration, in order. Never edit one that has shipped; add another.
    static let migrations: [(id: String, sql: [String])] = [
        ("pg-v1-runs-traces-spans-scores-meta", [
            """
            CREATE TABLE runs (
                id BIGSERIAL PRIMARY KEY,
                name TEXT NOT NULL UNIQUE,
                created_at TEXT NOT NULL
            )
            """,
            """
            CREATE TABLE run_meta (
                run_id BIGINT NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
                key TEXT NOT NULL,
                value TEXT NOT NULL,
                PRIMARY KEY (run_id, key)
            )
            """,
            """
            CREATE TABLE traces (
                run_id BIGINT NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
                trace_id BYTEA NOT NULL,
                case_id BYTEA,
                query BYTEA,
                final_answer BYTEA,
                architecture TEXT NOT NULL,
                route BYTEA,
                recorded_outcome DOUBLE PRECISION,
                format TEXT NOT NULL,
                dialects TEXT NOT NULL,
                source_file BYTEA NOT NULL,
                start_ns BIGINT NOT NULL,
                llm_calls BIGINT NOT NULL,
                tool_calls BIGINT NOT NULL,
                input_tokens BIGINT NOT NULL,
                output_tokens BIGINT NOT NULL,
                cache_read_tokens BIGINT NOT NULL,
                latency_ns BIGINT NOT NULL,
                final_stop TEXT,
                final_stop_raw BYTEA,
                error_count BIGINT NOT NULL,
                digest BYTEA,
                PRIMARY KEY (run_id, trace_id)
            )
            """,
            "CREATE INDEX traces_by_case ON traces (run_id, case_id)",
            "CREATE INDEX traces_by_trace_id ON traces (trace_id)",
            """
            CREATE TABLE spans (
                run_id BIGINT NOT NULL,
                trace_id BYTEA NOT NULL,
                ord BIGINT NOT NULL,
                span_id BYTEA NOT NULL,
                parent_span_id BYTEA,
                kind TEXT NOT NULL,
                name BYTEA NOT NULL,
                step BIGINT NOT NULL,
                tool_name BYTEA,
                tool_args BYTEA,
                tool_call_id BYTEA,
                tool_result BYTEA,
                requested_tool_calls BYTEA,
                route BYTEA,
                model BYTEA,
                input_tokens BIGINT,
                output_tokens BIGINT,
                cache_read_tokens BIGINT,
                start_ns BIGINT NOT NULL,
                end_ns BIGINT NOT NULL,
                status TEXT NOT NULL,
                status_message BYTEA,
                stop TEXT,
                stop_raw BYTEA,
                user_message BYTEA,
                output_text BYTEA,
                attributes BYTEA NOT NULL,
                PRIMARY KEY (run_id, trace_id, span_id),
                FOREIGN KEY (run_id, trace_id) REFERENCES traces (run_id, trace_id) ON DELETE CASCADE
            )
            """,
            """
            CREATE TABLE scores (
                run_id BIGINT NOT NULL,
                trace_id BYTEA NOT NULL,
                golden BYTEA NOT NULL,
                case_id BYTEA NOT NULL,
                metric TEXT NOT NULL,
                score DOUBLE PRECISION,
                passed BOOLEAN NOT NULL,
                details BYTEA NOT NULL,
                PRIMARY KEY (run_id, trace_id, golden, metric),
                FOREIGN KEY (run_id, trace_id) REFERENCES traces (run_id, trace_id) ON DELETE CASCADE
            )
            """,
            """
            CREATE TABLE ingested_files (
                run_id BIGINT NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
                path BYTEA NOT NULL,
                format TEXT NOT NULL,
                bytes BIGINT NOT NULL,
                traces BIGINT NOT NULL,
                spans BIGINT NOT NULL,
                ingested_at TEXT NOT NULL
            )
            """,
            "CREATE INDEX ingested_files_by_run ON ingested_files (run_id)",
        ]),
    ]

    /// The applied migrations, or nil when the database has no tracegate schema.
    static func applied(_ store: PostgresStore) throws -> Set<String>? {
        let exists = try store.rows("SELECT to_regclass('tracegate_migrations') IS NOT NULL")
        guard let first = exists.first, try first.decode(Bool.self) else { return nil }
        return Set(try store.rows("SELECT id FROM tracegate_migrations").map { try $0.decode(String.self) })
    }

    /// Refuses a database written by a newer tracegate, and (read-only) one not yet migrated.
    static func check(_ store: PostgresStore, writable: Bool) throws {
        let known = migrations.map(\.id)
        guard let applied = try applied(store) else {
            if writable { return }
            throw StoreError.cannotOpen(path: store.location, reason: "the database has no tracegate store yet; "
                + "create one with 'tracegate ingest PATH --run NAME --db \(store.location)'")
        }
        let unknown = applied.subtracting(known).sorted()
        if !unknown.isEmpty {
            throw StoreError.cannotOpen(path: store.location, reason: "it was written by a newer tracegate (schema \(unknown.joined(separator: ", "))); "
                + "this tracegate knows schema up to \(known.last ?? "none"): use the newer tracegate, or another --db")
        }
        if !writable, !Set(known).isSubset(of: applied) {
            throw StoreError.needsUpgrade(path: store.location, missing: known.filter { !applied.contains($0) })
        }
    }

    /// Applies the missing migrations, one runner at a time.
    static func migrate(_ store: PostgresStore) throws {
        if let applied = try applied(store), Set(migrations.map(\.id)).isSubset(of: applied) { return }
        try store.transaction {
            // The lock is held to the end of the transaction; a runner that waited finds the tables made.
            try store.execute("SELECT pg_advisory_xact_lock(7411702016)")
            try store.execute("CREATE TABLE IF NOT EXISTS tracegate_migrations (id TEXT PRIMARY KEY, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())")
            let applied = try Self.applied(store) ?? []
            for migration in migrations where !applied.contains(migration.id) {
                for statement in migration.sql {
                    do {
                        try store.execute(PostgresQuery(unsafeSQL: statement))
                    } catch let error as PSQLError where error.serverInfo?[.sqlState] == "42P07" {
                        throw StoreError.cannotOpen(path: store.location, reason: "the database already has tables tracegate did not make ("
                            + PostgresErrorText.plain(error) + "); give tracegate a database of its own")
                    }
                }
                try store.execute("INSERT INTO tracegate_migrations (id) VALUES (\(migration.id))")
            }
        }
    }
}
