import Foundation
import StoreTestSupport
import Testing

/// The commands a newcomer reaches for, through the binary.
@Suite struct FirstHourTests {
    static let ops = CLI.repositoryRoot.appendingPathComponent("datasets/ops-llm-led").path
    static let golden = CLI.repositoryRoot.appendingPathComponent("golden/ops.yaml").path

    @Test("--version prints the version; a mistyped command or flag gets a 'did you mean'")
    func versionAndSuggestions() throws {
        let version = try CLI.run(["--version"])
        #expect(version.status == 0 && version.stdout.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: ".").count == 3)
        let command = try CLI.run(["scor", "--run", "base"])
        #expect(command.status == 64)
        #expect(command.stderr.hasPrefix("unknown command 'scor'; did you mean 'score'?"))
        let flag = try CLI.run(["gate", "--candiate", "x"])
        #expect(flag.stderr.hasPrefix("unknown option '--candiate' for 'gate'; did you mean '--candidate'?"))
    }

    @Test("init writes a golden file, tracegate.yaml and a workflow that load, and never overwrites")
    func initProject() throws {
        let folder = try CLI.temporaryFolder()
        #expect(try CLI.run(["init", "--dir", folder.path]).status == 0)
        let golden = folder.appendingPathComponent("golden/golden.yaml")
        let text = try String(contentsOf: golden, encoding: .utf8)
        #expect(text.hasPrefix("# yaml-language-server: $schema=") && text.contains("golden.schema.json"))
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent(".github/workflows/tracegate.yml").path))
        // The golden file loads: scoring a run against it works (it links nothing, and says so).
        let db = folder.appendingPathComponent("s.sqlite").path
        #expect(try CLI.run(["ingest", Self.ops, "--run", "r", "--db", db]).status == 0)
        #expect(try CLI.run(["score", "--run", "r", "--golden", golden.path, "--db", db]).status == 0)
        #expect(try CLI.run(["gate", "--print-config", "--config", folder.appendingPathComponent("golden/tracegate.yaml").path]).status == 0)
        let again = try CLI.run(["init", "--dir", folder.path])
        #expect(again.status == 1)
        #expect(again.stderr.contains("not overwriting"))
        #expect(try String(contentsOf: golden, encoding: .utf8) == text)
    }

    @Test("golden from-run drafts a dataset that the same run passes; an existing file is not overwritten")
    func fromRun() throws {
        let folder = try CLI.temporaryFolder()
        let db = folder.appendingPathComponent("s.sqlite").path
        #expect(try CLI.run(["ingest", Self.ops, "--run", "main", "--db", db]).status == 0)
        let draft = folder.appendingPathComponent("draft.yaml").path
        #expect(try CLI.run(["golden", "from-run", "--run", "main", "--out", draft, "--db", db]).status == 0)
        let score = try CLI.run(["score", "--run", "main", "--golden", draft, "--db", db, "--json", "-"])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(score.stdout.utf8)) as? [String: Any])
        let cases = try #require(json["cases"] as? [[String: Any]])
        #expect(cases.count == 25)
        let failed = cases.filter { item in
            ((item["scores"] as? [String: [String: Any]]) ?? [:]).values.contains { $0["passed"] as? Bool == false }
        }
        #expect(failed.isEmpty, "\(failed.map { $0["case"] ?? "?" })")
        #expect(try CLI.run(["golden", "from-run", "--run", "main", "--out", draft, "--db", db]).status == 1)
    }

    @Test("runs delete removes a run; ingest --replace replaces it, and a bad file leaves the old run as it was", arguments: StoreBackend.allCases)
    func deleteAndReplace(backend: StoreBackend) throws {
        let folder = try CLI.temporaryFolder()
        let db = try backend.newLocation(in: folder)
        #expect(try CLI.run(["ingest", Self.ops, "--run", "a", "--db", db]).status == 0)
        let lines = try String(contentsOfFile: Self.ops + "/traces.otlp.jsonl", encoding: .utf8).split(separator: "\n")
        let part = folder.appendingPathComponent("part.jsonl")
        try Data(lines.prefix(3).joined(separator: "\n").utf8).write(to: part)
        let bad = folder.appendingPathComponent("bad.jsonl")
        try Data("{\"resourceSpans\": [".utf8).write(to: bad)
        #expect(try CLI.run(["ingest", bad.path, "--run", "a", "--db", db, "--replace"]).status == 1)
        #expect(try CLI.run(["runs", "--db", db]).stdout.contains("a        25"))
        #expect(try CLI.run(["ingest", part.path, "--run", "a", "--db", db, "--replace"]).status == 0)
        #expect(try CLI.run(["runs", "--db", db]).stdout.contains("a         3"))
        let deleted = try CLI.run(["runs", "delete", "a", "--db", db])
        #expect(deleted.status == 0 && deleted.stderr.contains("deleted run 'a' (3 traces)"))
        #expect(try CLI.run(["runs", "--db", db]).stdout.contains("no runs"))
        #expect(try CLI.run(["runs", "delete", "a", "--db", db]).status == 1)
    }

    @Test("an unlinked trace is reported with the case it most likely meant")
    func closestCase() throws {
        let folder = try CLI.temporaryFolder()
        let record = #"{"case_id":"ops-singel-1","messages":[{"role":"user","content":"latest report for cluster-a please"},{"role":"assistant","content":"ok"}]}"#
        let query = #"{"messages":[{"role":"user","content":"Give me the latest report for cluster-a now"},{"role":"assistant","content":"ok"}]}"#
        let file = folder.appendingPathComponent("m.jsonl")
        try Data([record, query].joined(separator: "\n").utf8).write(to: file)
        let db = folder.appendingPathComponent("s.sqlite").path
        #expect(try CLI.run(["ingest", file.path, "--run", "r", "--db", db]).status == 0)
        let score = try CLI.run(["score", "--run", "r", "--golden", Self.golden, "--db", db])
        #expect(score.stdout.contains("names case 'ops-singel-1', which the golden does not have; closest: 'ops-single-1'"))
        #expect(score.stdout.contains("its query matches no case's; closest: 'ops-single-1'"))
    }

    @Test("the demo finds its bundled data from any folder", .timeLimit(.minutes(3)))
    func demoAnywhere() throws {
        let folder = try CLI.temporaryFolder()
        let result = try CLI.run(["demo"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("reports/vendor-gate.html").path))
    }
}
