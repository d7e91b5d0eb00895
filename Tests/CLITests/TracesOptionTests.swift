import Foundation
import Testing

/// `score --traces` and `gate --traces`: the candidate straight from files, no store.
@Suite struct TracesOptionTests {
    static let ops = CLI.repositoryRoot.appendingPathComponent("datasets/ops-llm-led").path
    static let golden = CLI.repositoryRoot.appendingPathComponent("golden/ops.yaml").path

    @Test("gate --traces against a baseline file needs no store and creates none; the verdict is the stored run's")
    func gateFromFiles() throws {
        let folder = try CLI.temporaryFolder()
        let db = folder.appendingPathComponent("s.sqlite").path
        #expect(try CLI.run(["ingest", Self.ops, "--run", "main", "--db", db]).status == 0)
        let baseline = folder.appendingPathComponent("baseline.json").path
        #expect(try CLI.run(["baseline", "--run", "main", "--golden", Self.golden, "--db", db, "--out", baseline]).status == 0)
        let work = try CLI.temporaryFolder()
        let same = try CLI.run(["gate", "--traces", Self.ops, "--baseline-file", baseline, "--golden", Self.golden], in: work)
        #expect(same.status == 0, "\(same.stdout)\(same.stderr)")
        #expect(same.stdout.hasPrefix("GATE PASSED — candidate 'traces'"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: work.path).isEmpty, "no store was created")
        // A broken candidate file fails like the stored run would.
        let lines = try String(contentsOfFile: Self.ops + "/traces.otlp.jsonl", encoding: .utf8).split(separator: "\n").map { line in
            line.contains("\"ops-single-") ? line.replacingOccurrences(of: "get_report", with: "get_reprot") : String(line)
        }
        let broken = work.appendingPathComponent("broken.jsonl")
        try Data(lines.joined(separator: "\n").utf8).write(to: broken)
        let failed = try CLI.run(["gate", "--traces", broken.path, "--baseline-file", baseline, "--golden", Self.golden], in: work)
        #expect(failed.status == 2)
        #expect(failed.stdout.contains("FAIL  tool_selection_accuracy on route single went from 1 to 0.111"))
    }

    @Test("score --traces scores files directly; --run and --traces together is a usage error")
    func scoreFromFiles() throws {
        let work = try CLI.temporaryFolder()
        let result = try CLI.run(["score", "--traces", Self.ops, "--golden", Self.golden, "--json", "-"], in: work)
        #expect(result.status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect((json["cases"] as? [Any])?.count == 25)
        #expect(try CLI.run(["score", "--run", "x", "--traces", Self.ops, "--golden", Self.golden], in: work).status == 64)
    }

    @Test("a broken baseline file is reported before broken traces, and with --candidate nothing is stored")
    func brokenBaselineFirst() throws {
        let work = try CLI.temporaryFolder()
        let baseline = work.appendingPathComponent("baseline.json")
        try Data("{\"version\": 1, \"cases\": [".utf8).write(to: baseline)
        let traces = work.appendingPathComponent("traces.jsonl")
        try Data("{not json\n".utf8).write(to: traces)
        let fromFiles = try CLI.run(["gate", "--traces", traces.path, "--baseline-file", baseline.path, "--golden", Self.golden], in: work)
        #expect(fromFiles.status == 1)
        #expect(fromFiles.stderr.contains("baseline.json"), "\(fromFiles.stderr)")
        #expect(!fromFiles.stderr.contains("traces.jsonl"), "\(fromFiles.stderr)")
        let db = work.appendingPathComponent("s.sqlite").path
        let stored = try CLI.run(["gate", "--traces", Self.ops, "--candidate", "new", "--baseline-file", baseline.path,
                                  "--golden", Self.golden, "--db", db], in: work)
        #expect(stored.status == 1)
        #expect(stored.stderr.contains("baseline.json"), "\(stored.stderr)")
        if FileManager.default.fileExists(atPath: db) {
            let runs = try CLI.run(["runs", "--db", db])
            #expect(!runs.stdout.contains("new"), "\(runs.stdout)")
        }
    }
}
