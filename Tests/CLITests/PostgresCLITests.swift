import Foundation
import StoreTestSupport
import Testing

/// The command line on a PostgreSQL store: the same reports as on SQLite.
@Suite struct PostgresCLITests {
    @Test("demo --db postgres://… writes the same reports as demo on SQLite, byte for byte, and can run again into the same database")
    func demoMatchesSQLite() throws {
        let folder = try CLI.temporaryFolder()
        let sqlite = folder.appendingPathComponent("sqlite")
        let postgres = folder.appendingPathComponent("postgres")
        let url = try TestPostgres.freshDatabase()
        #expect(try CLI.run(["demo", "--out", sqlite.path]).status == 0)
        for round in 1...2 {
            let result = try CLI.run(["demo", "--out", postgres.path, "--db", url])
            #expect(result.status == 0, "\(result.stderr)")
            let reports = try FileManager.default.contentsOfDirectory(atPath: sqlite.path).filter { !$0.hasPrefix("demo.sqlite") }.sorted()
            #expect(reports.filter { $0.hasSuffix(".json") }.count == 10)
            #expect(try FileManager.default.contentsOfDirectory(atPath: postgres.path).sorted() == reports)
            for name in reports {
                let expected = try Data(contentsOf: sqlite.appendingPathComponent(name))
                #expect(try Data(contentsOf: postgres.appendingPathComponent(name)) == expected, "round \(round): \(name) differs")
            }
        }
    }
}

extension PostgresCLITests {
    @Test("a server that stops during an ingest ends it with an error that says so, never a hang; after a restart nothing of the file is there",
          .timeLimit(.minutes(2)))
    func serverStopsMidIngest() throws {
        let folder = try CLI.temporaryFolder()
        let cluster = try OwnCluster()
        let db = cluster.store
        let export = folder.appendingPathComponent("big.jsonl")
        try CrashSafetyTests.writeExport(export, traces: 2_000, spans: 40, salt: "stop")
        let process = Process()
        process.executableURL = CLI.binary
        process.arguments = ["ingest", export.path, "--run", "doomed", "--db", db]
        let errors = Pipe()
        process.standardOutput = FileHandle.nullDevice
        process.standardError = errors
        try process.run()
        usleep(700_000)
        try cluster.stop()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 1, "\(message)")
        #expect(message.contains("the connection to the server was lost") || message.contains("cannot connect"), "\(message)")
        try cluster.restart()
        let runs = try CLI.run(["runs", "--db", db, "--json", "-"])
        #expect(runs.status == 0, "\(runs.stderr)")
        #expect(!runs.stdout.contains("doomed"), "\(runs.stdout)")
    }
}
