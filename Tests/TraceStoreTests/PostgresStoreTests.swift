import Foundation
import StoreTestSupport
import Testing
import TraceModel
import TracePostgres
import TraceStore

/// What the PostgreSQL backend must do beyond the tests both backends share: migrations raced by
/// many runners, a newer or missing schema refused, read-only sessions, and readers and writers
/// of other runs never waiting on an open ingest.
@Suite struct PostgresStoreTests {
    private func trace(_ id: String, name: String = "chat") -> Trace {
        Trace(traceId: id, caseId: "c", query: "q", architecture: .llmLed, format: "otlp", dialects: ["gen_ai"],
              spans: [Span(traceId: id, spanId: "s", kind: .llm, name: name, start: 1, end: 2)])
    }

    private func batch(_ traces: [Trace]) -> IngestBatch {
        IngestBatch(file: "f.jsonl", format: "otlp", bytes: 1, traces: traces)
    }

    @Test("six runners migrating one new database at once all open it, and each migration is applied once")
    func racedMigrations() async throws {
        let url = try TestPostgres.freshDatabase()
        let opened = try await withThrowingTaskGroup(of: Bool.self) { group in
            for _ in 0..<6 { group.addTask { (try? PostgresStore(url: url)) != nil } }
            return try await group.reduce(into: [Bool]()) { $0.append($1) }
        }
        #expect(opened == Array(repeating: true, count: 6))
        let store = try PostgresStore(url: url)
        try store.insert(batch([trace("t")]), run: "r", at: "x")
        #expect(try store.runs().map(\.traces) == [1])
    }

    @Test("a database with no tracegate schema is refused read-only; one written by a newer tracegate is refused outright")
    func schemaChecks() throws {
        let url = try TestPostgres.freshDatabase()
        #expect(throws: StoreError.self) { try PostgresStore(url: url, access: .readOnly) }
        _ = try PostgresStore(url: url)
        try TestPostgres.psql(url, "INSERT INTO tracegate_migrations (id) VALUES ('pg-v99-from-the-future')")
        for access in [StoreAccess.readWrite, .readOnly] {
            do {
                _ = try PostgresStore(url: url, access: access)
                Issue.record("a newer schema was opened")
            } catch {
                #expect("\(error)".contains("written by a newer tracegate (schema pg-v99-from-the-future)"), "\(error)")
            }
        }
    }

    @Test("a read-only store reads but cannot write")
    func readOnly() throws {
        let url = try TestPostgres.freshDatabase()
        try PostgresStore(url: url).insert(batch([trace("t")]), run: "r", at: "x")
        let reader = try PostgresStore(url: url, access: .readOnly)
        #expect(try reader.traceSummaries(run: "r").count == 1)
        do {
            try reader.insert(batch([trace("u")]), run: "r", at: "y")
            Issue.record("a read-only store wrote")
        } catch {
            #expect("\(error)".contains("read-only transaction"), "\(error)")
        }
    }

    @Test("while one ingest is open, readers see the store as it was and writers into other runs go ahead")
    func noWaiting() throws {
        let url = try TestPostgres.freshDatabase()
        let writer = try PostgresStore(url: url)
        try writer.insert(batch([trace("old")]), run: "r", at: "x")
        let reader = try PostgresStore(url: url, access: .readOnly)
        let other = try PostgresStore(url: url)
        var handed = false
        let summary = try writer.insert(file: "f", run: "r", at: "y", batches: {
            if handed { return nil }
            handed = true
            // The ingest's transaction is open here and holds run r.
            #expect(try reader.traceSummaries(run: "r").map(\.traceId) == ["old"])
            #expect(try reader.runs().map(\.name) == ["r"])
            try other.insert(self.batch([self.trace("elsewhere")]), run: "other", at: "y")
            return [self.trace("new")]
        }, described: { ("otlp", 1) })
        #expect(summary == InsertSummary(inserted: 1, replaced: 0, spans: 1))
        #expect(Set(try reader.traceSummaries(run: "r").map(\.traceId)) == ["old", "new"])
        #expect(try reader.traceSummaries(run: "other").map(\.traceId) == ["elsewhere"])
    }

    @Test("the password is never part of the store's location; a bad URL is refused with the part that is wrong")
    func urls() throws {
        let url = try TestPostgres.freshDatabase()
        #expect(try !PostgresStore(url: url).location.contains("password"))
        for (bad, reason) in [("postgres://u:secret@127.0.0.1:99999/db", "the port '99999'"),
                              ("postgres://u:secret@127.0.0.1/db?sslmode=verify-all", "sslmode 'verify-all'"),
                              ("postgres://u:secret@127.0.0.1/db?connect_timeout=0", "connect_timeout '0'"),
                              ("postgres://u:secret@127.0.0.1/db?colour=blue", "unknown URL parameter 'colour'")] {
            do {
                _ = try PostgresStore(url: bad)
                Issue.record("\(bad) was accepted")
            } catch {
                #expect("\(error)".contains(reason), "\(error)")
                #expect(!"\(error)".contains("secret"))
            }
        }
    }
}

extension PostgresStoreTests {
    @Test("a store outlives a server restart between transactions; a restart inside one fails that transaction and writes none of it")
    func reconnects() throws {
        let cluster = try OwnCluster()
        let store = try PostgresStore(url: cluster.store)
        try store.insert(batch([trace("a")]), run: "r", at: "x")
        try cluster.stop()
        #expect(throws: StoreError.self) { try store.insert(self.batch([self.trace("lost")]), run: "r", at: "x") }
        try cluster.restart()
        try store.insert(batch([trace("b")]), run: "r", at: "y")
        // The server restarts while a file's transaction is open: the rest of it must not be written outside one.
        var handed = 0
        #expect(throws: (any Error).self) {
            try store.insert(file: "f", run: "r", at: "z", batches: {
                handed += 1
                if handed == 2 {
                    try cluster.stop()
                    try cluster.restart()
                }
                return handed <= 3 ? [self.trace("c\(handed)")] : nil
            }, described: { ("otlp", 1) })
        }
        #expect(try store.traceSummaries(run: "r").map(\.traceId).sorted() == ["a", "b"])
    }
}
