import Foundation
import Testing

/// The store under concurrency, age and damage: races end in one schema, a newer or damaged store
/// is refused, a busy store does not stall a gate, a read-only store can still be read.
@Suite struct StoreSafetyTests {
    static let ops = CLI.repositoryRoot.appendingPathComponent("datasets/ops-llm-led").path
    static let golden = CLI.repositoryRoot.appendingPathComponent("golden/ops.yaml").path

    private func python(_ script: String) throws -> Process {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script]
        try process.run()
        return process
    }

    @Test("six processes creating one new store at once all succeed, three rounds", .timeLimit(.minutes(3)))
    func creationRace() async throws {
        for _ in 0..<3 {
            let folder = try CLI.temporaryFolder()
            let db = folder.appendingPathComponent("race.sqlite").path
            let results = try await withThrowingTaskGroup(of: CLI.Result.self) { group in
                for index in 0..<6 {
                    group.addTask { try CLI.run(["ingest", Self.ops, "--run", "r\(index)", "--db", db]) }
                }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            #expect(results.allSatisfy { $0.status == 0 }, "\(results.map(\.stderr))")
            #expect(try CLI.run(["runs", "--db", db]).stdout.split(separator: "\n").count == 2 + 6)
        }
    }

    @Test("a store written by a newer tracegate is refused, naming both schema versions")
    func newerStore() throws {
        let folder = try CLI.temporaryFolder()
        let db = folder.appendingPathComponent("s.sqlite").path
        #expect(try CLI.run(["ingest", Self.ops, "--run", "base", "--db", db]).status == 0)
        let writer = try python("import sqlite3; c = sqlite3.connect('\(db)'); c.execute(\"INSERT INTO grdb_migrations VALUES ('v9-future')\"); c.commit()")
        writer.waitUntilExit()
        for arguments in [["runs", "--db", db], ["ingest", Self.ops, "--run", "more", "--db", db]] {
            let result = try CLI.run(arguments)
            #expect(result.status == 1)
            #expect(result.stderr.contains("written by a newer tracegate (schema v9-future); this tracegate knows schema up to v3-run-meta"))
        }
    }

    @Test("a damaged store is refused before anything is written into it")
    func damagedStore() throws {
        let folder = try CLI.temporaryFolder()
        let db = folder.appendingPathComponent("s.sqlite").path
        #expect(try CLI.run(["ingest", Self.ops, "--run", "base", "--db", db]).status == 0)
        // Everything into the main file first, so the damage is not masked by a newer copy in the WAL.
        let checkpoint = try python("import sqlite3; sqlite3.connect('\(db)').execute('PRAGMA wal_checkpoint(TRUNCATE)')")
        checkpoint.waitUntilExit()
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: db))
        try handle.seek(toOffset: 4096 * 20)
        try handle.write(contentsOf: Data(repeating: 0, count: 4096))
        try handle.close()
        let result = try CLI.run(["ingest", Self.ops, "--run", "more", "--db", db])
        #expect(result.status == 1)
        #expect(result.stderr.contains("malformed") || result.stderr.contains("damaged"), "\(result.stderr)")
        #expect(!result.stderr.contains("INSERT"), "no SQL statement in the message")
    }

    @Test("gate does not wait for a long writer: it reads the store read-only and stores nothing", .timeLimit(.minutes(1)))
    func busyStore() throws {
        let folder = try CLI.temporaryFolder()
        let db = folder.appendingPathComponent("s.sqlite").path
        #expect(try CLI.run(["ingest", Self.ops, "--run", "base", "--db", db]).status == 0)
        let ready = folder.appendingPathComponent("locked").path
        let holder = try python("""
            import sqlite3, time
            c = sqlite3.connect('\(db)', isolation_level=None)
            c.execute('BEGIN IMMEDIATE'); c.execute("INSERT INTO runs(name, created_at) VALUES ('holder', 'x')")
            open('\(ready)', 'w').close(); time.sleep(25); c.execute('ROLLBACK')
            """)
        defer { holder.terminate() }
        while !FileManager.default.fileExists(atPath: ready) { usleep(50_000) }
        let started = Date()
        let result = try CLI.run(["gate", "--candidate", "base", "--baseline", "base", "--golden", Self.golden, "--db", db])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(!result.stderr.contains("busy"), "\(result.stderr)")
        #expect(Date().timeIntervalSince(started) < 10, "did not wait for the 25-second writer")
    }

    @Test("a store written before trace digests existed is upgraded by gate and scored from its spans, with the same verdict")
    func storeBeforeDigests() throws {
        let folder = try CLI.temporaryFolder()
        let db = folder.appendingPathComponent("s.sqlite").path
        #expect(try CLI.run(["ingest", Self.ops, "--run", "base", "--db", db]).status == 0)
        let current = try CLI.run(["gate", "--candidate", "base", "--baseline", "base", "--golden", Self.golden, "--db", db, "--json", "-"])
        // Back to the schema before v2-trace-digest, as the previous tracegate left it.
        let downgrade = try python("""
            import sqlite3
            c = sqlite3.connect('\(db)')
            c.execute('ALTER TABLE traces DROP COLUMN digest')
            c.execute("DELETE FROM grdb_migrations WHERE identifier = 'v2-trace-digest'")
            c.commit()
            """)
        downgrade.waitUntilExit()
        #expect(downgrade.terminationStatus == 0)
        let upgraded = try CLI.run(["gate", "--candidate", "base", "--baseline", "base", "--golden", Self.golden, "--db", db, "--json", "-"])
        #expect(upgraded.status == 0, "\(upgraded.stderr)")
        #expect(upgraded.stdout == current.stdout)
        #expect(try CLI.run(["runs", "--db", db]).status == 0)
    }

    @Test("a database URL as --db or $TRACEGATE_DB is a database, never a folder: one out of reach or of another kind is refused with a sentence")
    func databaseURL() throws {
        let folder = try CLI.temporaryFolder()
        for (arguments, environment, message) in [
            (["ingest", Self.ops, "--run", "x", "--db", "postgres://ci:hunter2@db.invalid/traces"], [String: String](),
             "cannot open the store at postgres://ci@db.invalid:5432/traces: cannot connect"),
            (["runs"], ["TRACEGATE_DB": "postgresql://ci@db.invalid/traces"], "cannot open the store at postgres://ci@db.invalid:5432/traces: cannot connect"),
            (["runs", "--db", "mysql://ci@db.invalid/traces"], [:], "'mysql' URLs are not supported: give a SQLite file path or a postgres:// URL"),
            (["runs", "--db", "postgres://ci@db.invalid/traces?sslmode=verify-all"], [:], "sslmode 'verify-all' is not one of"),
        ] {
            let result = try CLI.run(arguments, in: folder, environment: environment)
            #expect(result.status == 1)
            #expect(result.stderr.contains(message), "\(result.stderr)")
            #expect(!result.stderr.contains("hunter2"), "the password is never shown")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }

    @Test("a store the user cannot write can still be listed and shown; a missing one is not created")
    func readOnlyStore() throws {
        let folder = try CLI.temporaryFolder()
        let db = folder.appendingPathComponent("s.sqlite").path
        #expect(try CLI.run(["ingest", Self.ops, "--run", "base", "--db", db]).status == 0)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folder.path)
        for file in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
            try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: folder.appendingPathComponent(file).path)
        }
        // As an unprivileged user (root would bypass the permissions).
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/sbin/runuser")
        process.arguments = ["-u", "nobody", "--", CLI.binary.path, "runs", "--db", db]
        let out = Pipe()
        process.standardOutput = out
        process.standardError = out
        try process.run()
        let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(text)")
        #expect(text.contains("base"))
        let missing = folder.appendingPathComponent("nope/x.sqlite").path
        let result = try CLI.run(["runs", "--db", missing])
        #expect(result.status == 1)
        #expect(result.stderr.contains("there is no store there yet"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("nope").path))
    }
}
