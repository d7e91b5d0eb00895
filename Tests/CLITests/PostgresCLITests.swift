import Foundation
import PostgresTestSupport
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
