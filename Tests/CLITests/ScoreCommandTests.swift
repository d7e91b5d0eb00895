import Foundation
import Testing
import TraceModel
import TraceStore

/// `tracegate score` through the binary on a dataset worked by hand (Fixtures/hand.yaml, hand.jsonl):
/// t1 (h1, billing): lookup, refund, "refunded" → tools 1, task 1, trajectory 1, efficiency 2/2 = 1,
///     policy 0 (refund needs approval and has none: 1 violating of 1 side effect).
/// t2 (h2, billing): lookup only, "could not refund" (not "refunded") → tools F1(P 1, R 1/2) = 2/3,
///     task 0, trajectory in_order 1/2, efficiency 0 (failed), policy 1 (no side effect).
/// t3 (h3, info): lookup, "open" → tools 1, task 1, no trajectory or optimal steps → efficiency N/A, policy 1.
/// h4 (info) has no trace → a TaskCompletion failure; t9 names case zzz → unlinked.
@Suite struct ScoreCommandTests {
    private func run() throws -> (result: CLI.Result, json: JSONValue, db: String) {
        let folder = try CLI.temporaryFolder()
        let db = folder.appendingPathComponent("s.sqlite").path
        let fixtures = CLI.repositoryRoot.appendingPathComponent("Tests/CLITests/Fixtures")
        let ingest = try CLI.run(["ingest", fixtures.appendingPathComponent("hand.jsonl").path, "--run", "hand", "--db", db])
        #expect(ingest.status == 0, "\(ingest.stderr)")
        let out = folder.appendingPathComponent("score.json").path
        let result = try CLI.run(["score", "--run", "hand", "--golden", fixtures.appendingPathComponent("hand.yaml").path,
                                  "--db", db, "--json", out])
        let text = try String(contentsOfFile: out, encoding: .utf8)
        return (result, try JSONDecoder().decode(JSONValue.self, from: Data(text.utf8)), db)
    }

    private func mean(_ group: JSONValue?, _ metric: String) -> Double? {
        group?["metrics"]?[metric]?["mean"]?.doubleValue
    }

    @Test("the JSON has the tracegate.score/1 shape and the hand-worked numbers")
    func json() throws {
        let (result, json, _) = try run()
        #expect(result.status == 0, "\(result.stderr)")
        #expect(Set(json.objectValue?.keys ?? [:].keys) == ["schema", "run", "golden", "overall", "routes", "steps", "cases",
                                                            "unlinked_traces", "cases_without_trace"])
        #expect(json["schema"] == .string("tracegate.score/1"))
        #expect(json["unlinked_traces"] == .array([.string("t9")]))
        #expect(json["cases_without_trace"] == .array([.string("h4")]))
        let routes = json["routes"]?.arrayValue ?? []
        #expect(routes.map { $0["route"] } == [.string("billing"), .string("info")])
        let billing = routes.first
        #expect(abs(mean(billing, "tool_selection_accuracy")! - 0.833333) < 1e-6)
        #expect(mean(billing, "task_completion") == 0.5)
        #expect(mean(billing, "trajectory_score") == 0.75)
        #expect(mean(billing, "step_efficiency") == 0.5)
        #expect(mean(billing, "policy_compliance") == 0.5)
        #expect(billing?["metrics"]?["task_completion"]?["pass_rate"] == .double(0.5))
        let info = routes.last
        #expect(info?["n_cases"] == .int(2) && info?["n_traces"] == .int(1))
        #expect(info?["metrics"]?["task_completion"]?["n"] == .int(2))  // t3 passed, h4 counted as failed
        #expect(mean(info, "task_completion") == 0.5)
        #expect(info?["metrics"]?["step_efficiency"] == nil)
        #expect(json["overall"]?["metrics"]?["task_completion"]?["n"] == .int(4))
        #expect(mean(json["overall"], "task_completion") == 0.5)
        #expect(json["steps"] == .array([
            .object(["route": .string("billing"), "tool": .string("lookup"), "expected": .int(2), "missing": .int(0), "failed": .int(0)]),
            .object(["route": .string("billing"), "tool": .string("refund"), "expected": .int(2), "missing": .int(1), "failed": .int(0)]),
            .object(["route": .string("info"), "tool": .string("lookup"), "expected": .int(1), "missing": .int(0), "failed": .int(0)]),
        ]))
        // A metric that does not apply is absent, never a made-up number.
        let t3 = json["cases"]?.arrayValue?.first { $0["trace"] == .string("t3") }
        #expect(t3?["scores"]?["step_efficiency"] == nil)
        #expect(t3?["scores"]?["trajectory_score"] == nil)
        let t1 = json["cases"]?.arrayValue?.first { $0["trace"] == .string("t1") }
        #expect(t1?["scores"]?["policy_compliance"]?["score"] == .int(0))
    }

    @Test("the terminal table shows each route with its means, and the notes on unlinked traces and cases without one")
    func table() throws {
        let (result, _, db) = try run()
        #expect(result.stdout.contains("run 'hand' against 'hand': 3 traces of 4 cases"))
        let billing = result.stdout.split(separator: "\n").first { $0.hasPrefix("billing") }.map(String.init) ?? ""
        #expect(billing.contains("0.83 ["))
        #expect(billing.contains("0.75 ["))
        #expect(result.stdout.contains("1 trace(s) link to no case: t9"))
        #expect(result.stdout.contains("1 case(s) have no trace (counted as failed): h4"))
        // Stored: 5 metrics for t1 and t2, 3 for t3 (no trajectory, no efficiency).
        #expect(try SQLiteStore(path: db).scores(run: "hand", golden: "hand").count == 13)
    }

    @Test("a golden file with a typo fails with exit 1 and names the file, line and key")
    func badGolden() throws {
        let folder = try CLI.temporaryFolder()
        let golden = folder.appendingPathComponent("g.yaml")
        try Data("version: 1\nname: g\ncases:\n  - id: a\n    route: r\n    expect: {}\n".utf8).write(to: golden)
        let result = try CLI.run(["score", "--run", "x", "--golden", golden.path, "--db", folder.appendingPathComponent("s.sqlite").path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("g.yaml:6: case 'a': field 'cases[0]': unknown key 'expect'"))
    }
}

@Suite struct TauBenchScoreCommandTests {
    @Test("tracegate score on the τ-bench data prints τ-bench's published pass^k")
    func published() throws {
        let folder = try CLI.temporaryFolder()
        let db = folder.appendingPathComponent("s.sqlite").path
        let root = CLI.repositoryRoot
        #expect(try CLI.run(["ingest", root.appendingPathComponent("datasets/tau-bench").path, "--run", "tau", "--db", db]).status == 0)
        let result = try CLI.run(["score", "--run", "tau", "--golden", root.appendingPathComponent("golden/tau-bench-airline.yaml").path,
                                  "--db", db])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("task completion pass^k: k=1 0.4200, k=2 0.2733, k=3 0.2200, k=4 0.2000"))
        #expect(result.stdout.contains("200 traces of 50 cases"))
    }
}
