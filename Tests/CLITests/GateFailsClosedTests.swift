import Foundation
import Testing

/// The gate's decision table through the real binary, on the bundled ops runs (25 cases: routes
/// single 9, parallel 8, sequential 8). A case is broken by misnaming its tool (`get_report` →
/// `get_reprot`), which fails tool selection and trajectory for that case and nothing else.
@Suite struct GateFailsClosedTests {
    static let source = CLI.repositoryRoot.appendingPathComponent("datasets/ops-llm-led/traces.otlp.jsonl")
    static let golden = CLI.repositoryRoot.appendingPathComponent("golden/ops.yaml").path

    struct Store {
        let folder: URL
        let db: String

        /// Ingests the ops traces as run `name`, breaking `broken` cases and dropping `dropped` ones.
        func ingest(_ name: String, broken: Set<String> = [], dropped: (String) -> Bool = { _ in false }) throws {
            let lines = try String(contentsOf: GateFailsClosedTests.source, encoding: .utf8).split(separator: "\n").compactMap { line -> String? in
                let caseId = line.firstMatch(of: /"(ops-[a-z]+-[0-9]+)"/).map { String($0.1) } ?? ""
                if dropped(caseId) { return nil }
                return broken.contains(caseId) ? line.replacingOccurrences(of: "get_report", with: "get_reprot") : String(line)
            }
            let file = folder.appendingPathComponent("\(name).jsonl")
            try Data(lines.joined(separator: "\n").utf8).write(to: file)
            let result = try CLI.run(["ingest", file.path, "--run", name, "--db", db])
            #expect(result.status == 0, "\(result.stderr)")
        }

        func gate(_ candidate: String, baseline: String = "base", _ extra: [String] = []) throws -> CLI.Result {
            try CLI.run(["gate", "--candidate", candidate, "--baseline", baseline, "--golden", GateFailsClosedTests.golden, "--db", db] + extra)
        }
    }

    private func store() throws -> Store {
        let folder = try CLI.temporaryFolder()
        let store = Store(folder: folder, db: folder.appendingPathComponent("t.sqlite").path)
        try store.ingest("base")
        return store
    }

    @Test("identical runs pass with exit 0")
    func identical() throws {
        let s = try store()
        try s.ingest("same")
        let result = try s.gate("same")
        #expect(result.status == 0, "\(result.stdout)")
        #expect(result.stdout.hasPrefix("GATE PASSED —"))
    }

    @Test("1 case of 25 pass → fail, everything else equal: passes with a warning")
    func oneOfTwentyFive() throws {
        let s = try store()
        try s.ingest("one", broken: ["ops-single-3"])
        let result = try s.gate("one")
        #expect(result.status == 0, "\(result.stdout)")
        #expect(result.stdout.hasPrefix("GATE PASSED with"))
    }

    @Test("1 case pass → fail and another fail → pass: passes")
    func oneEachWay() throws {
        let s = try store()
        try s.ingest("base-1", broken: ["ops-single-1"])
        try s.ingest("swap", broken: ["ops-single-2"])
        let result = try s.gate("swap", baseline: "base-1")
        #expect(result.status == 0, "\(result.stdout)")
    }

    @Test("8 of 9 cases of route single pass → fail, none fail → pass: fails with exit 2")
    func wipeOut() throws {
        let s = try store()
        try s.ingest("wiped", broken: Set((1...8).map { "ops-single-\($0)" }))
        let result = try s.gate("wiped")
        #expect(result.status == 2)
        // McNemar (1/2)^8 = 0.0039 on route single. Holm over the 3 routes and overall: overall's bootstrap p
        // (at its floor 1/10,001) is smallest and is multiplied by 4; single's is second, multiplied by 3: 0.0117 < 0.05.
        #expect(result.stdout.contains("FAIL  tool_selection_accuracy on route single went from 1 to 0.111"))
        #expect(result.stdout.contains("exact McNemar p = 0.0039 on 8 pass → fail vs 0 fail → pass, Holm-adjusted over 4 tests 0.0117"))
        #expect(result.stdout.contains("paired bootstrap p ≤ 1.0e-04, Holm-adjusted over 4 tests ≤ 0.0004"))
    }

    @Test("every case of a route missing from the candidate: fails, naming the route and its cases")
    func routeMissing() throws {
        let s = try store()
        try s.ingest("no-sequential", dropped: { $0.hasPrefix("ops-sequential-") })
        let result = try s.gate("no-sequential")
        #expect(result.status == 2)
        #expect(result.stdout.contains("FAIL  every case (8) of route sequential is missing from candidate (no trace links to them): "
            + "ops-sequential-1, ops-sequential-2"))
    }

    @Test("a candidate whose traces link to no case fails: unlinked traces and nothing compared")
    func linksNothing() throws {
        let s = try store()
        // The ops traces scored against a golden with other ids and queries.
        let other = s.folder.appendingPathComponent("other.yaml")
        try Data("version: 1\nname: ops-assistant\ncases:\n  - {id: x1, query: nothing like it, route: single}\n".utf8).write(to: other)
        let result = try CLI.run(["gate", "--candidate", "base", "--baseline", "base", "--golden", other.path, "--db", s.db, "--strict"])
        #expect(result.status == 2)
        #expect(result.stdout.contains("FAIL  25 of 25 candidate trace(s) link to no golden case"))
        #expect(result.stdout.contains("FAIL  nothing was compared: none of the candidate's 25 trace(s) links to a golden case"))
        #expect(result.stdout.contains("FAIL  every case") == false)
        #expect(result.stdout.contains("FAIL  1 of 1 case(s) of route single are missing from candidate"))
    }

    @Test("an unknown candidate run is an error (exit 1) naming the runs the store has")
    func unknownRun() throws {
        let s = try store()
        let result = try s.gate("typo")
        #expect(result.status == 1)
        #expect(result.stderr.contains("no run named 'typo'"))
        #expect(result.stderr.contains("runs in the store: base"))
    }

    @Test("baseline refuses a run that links nothing, and one with cases missing unless --allow-missing")
    func baselineRefuses() throws {
        let s = try store()
        let out = s.folder.appendingPathComponent("b.json").path
        let other = s.folder.appendingPathComponent("other.yaml")
        try Data("version: 1\nname: ops-assistant\ncases:\n  - {id: x1, query: nothing like it, route: single}\n".utf8).write(to: other)
        let nothing = try CLI.run(["baseline", "--run", "base", "--golden", other.path, "--db", s.db, "--out", out])
        #expect(nothing.status == 1)
        #expect(nothing.stderr.contains("no trace of run 'base' links to a case of 'ops-assistant'"))
        #expect(!FileManager.default.fileExists(atPath: out))
        try s.ingest("partial", dropped: { $0 == "ops-parallel-2" || $0 == "ops-single-4" })
        let partial = try CLI.run(["baseline", "--run", "partial", "--golden", Self.golden, "--db", s.db, "--out", out])
        #expect(partial.status == 1)
        #expect(partial.stderr.contains("2 golden case(s) have no trace in run 'partial': ops-parallel-2, ops-single-4"))
        let allowed = try CLI.run(["baseline", "--run", "partial", "--golden", Self.golden, "--db", s.db, "--out", out, "--allow-missing"])
        #expect(allowed.status == 0, "\(allowed.stderr)")
        // Gating the full run against it: the two left out are new, not compared; the other 23 are.
        let gate = try CLI.run(["gate", "--candidate", "base", "--baseline-file", out, "--golden", Self.golden, "--db", s.db])
        #expect(gate.status == 0, "\(gate.stdout)")
        #expect(gate.stdout.contains("note  2 new case(s) with no baseline, not compared: ops-parallel-2, ops-single-4."))
    }

    @Test("a baseline file edited by hand is refused with exit 1 naming the field")
    func tamperedBaseline() throws {
        let s = try store()
        let out = s.folder.appendingPathComponent("b.json")
        #expect(try CLI.run(["baseline", "--run", "base", "--golden", Self.golden, "--db", s.db, "--out", out.path]).status == 0)
        let text = try String(contentsOf: out, encoding: .utf8)
        let edits: [(String, String, String)] = [
            ("\"task_completion\" : 1", "\"task_completion\" : -5", "scores.task_completion': is -5.0; a score lies between 0 and 1"),
            ("\"task_completion\" : 1", "\"task_compleshun\" : 1", "names an unknown metric"),
            ("\"trials\" : 1", "\"trials\" : 0", "trials': is 0; every case of a baseline needs at least one trial"),
            ("tracegate.baseline/2", "tracegate.baseline/1", "field 'schema': is 'tracegate.baseline/1'"),
        ]
        for (from, to, message) in edits {
            let range = try #require(text.range(of: from), "\(from)")
            try text.replacingCharacters(in: range, with: to).write(to: out, atomically: true, encoding: .utf8)
            let result = try CLI.run(["gate", "--candidate", "base", "--baseline-file", out.path, "--golden", Self.golden, "--db", s.db])
            #expect(result.status == 1, "\(to)")
            #expect(result.stderr.contains(message), "\(result.stderr)")
        }
        // Another schema is named first even when the rest of the file does not decode either.
        let both = text.replacingOccurrences(of: "tracegate.baseline/2", with: "tracegate.baseline/1")
            .replacingOccurrences(of: "\"task_completion\" : 1", with: "\"task_compleshun\" : 1")
        try both.write(to: out, atomically: true, encoding: .utf8)
        let older = try CLI.run(["gate", "--candidate", "base", "--baseline-file", out.path, "--golden", Self.golden, "--db", s.db])
        #expect(older.status == 1)
        #expect(older.stderr.contains("field 'schema': is 'tracegate.baseline/1'"), "\(older.stderr)")
        // A duplicated case.
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        var cases = try #require(object["cases"] as? [Any])
        cases.append(cases[0])
        var doubled = object
        doubled["cases"] = cases
        try JSONSerialization.data(withJSONObject: doubled).write(to: out)
        let duplicate = try CLI.run(["gate", "--candidate", "base", "--baseline-file", out.path, "--golden", Self.golden, "--db", s.db])
        #expect(duplicate.status == 1)
        #expect(duplicate.stderr.contains("duplicate case id 'ops-parallel-1'"))
    }

    @Test("a route in tracegate.yaml that the golden does not have is an error naming the file and line")
    func configRouteTypo() throws {
        let s = try store()
        let config = s.folder.appendingPathComponent("tracegate.yaml")
        try Data("version: 1\nroutes:\n  singel:\n    task_completion: {min: 0.9}\n".utf8).write(to: config)
        let result = try s.gate("base", ["--config", config.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("\(config.path):3: field 'routes.singel': the golden dataset 'ops' has no route 'singel'"))
    }

    @Test("score --config fails the build on a floor with the same FAIL lines; without --config it reports")
    func scoreFloors() throws {
        let s = try store()
        try s.ingest("wiped", broken: Set((1...8).map { "ops-single-\($0)" }))
        let config = s.folder.appendingPathComponent("tracegate.yaml")
        try Data("version: 1\nmetrics:\n  tool_selection_accuracy: {min: 0.9}\n".utf8).write(to: config)
        let plain = try CLI.run(["score", "--run", "wiped", "--golden", Self.golden, "--db", s.db])
        #expect(plain.status == 0)
        let floored = try CLI.run(["score", "--run", "wiped", "--golden", Self.golden, "--db", s.db, "--config", config.path])
        #expect(floored.status == 2)
        #expect(floored.stdout.contains("FAIL  tool_selection_accuracy on route single is 0.111 over 9 case(s), below the floor 0.9."))
        #expect(try CLI.run(["score", "--run", "base", "--golden", Self.golden, "--db", s.db, "--config", config.path]).status == 0)
    }

    @Test("in GitHub Actions the verdict is appended to the step summary, never overwriting it; --json - prints only JSON")
    func ciOutputs() throws {
        let s = try store()
        try s.ingest("wiped", broken: Set((1...8).map { "ops-single-\($0)" }))
        let summary = s.folder.appendingPathComponent("summary.md")
        try Data("## earlier step\n\nkept\n".utf8).write(to: summary)
        let result = try s.gate("wiped", ["--json", "-"], environment: ["GITHUB_ACTIONS": "true", "GITHUB_STEP_SUMMARY": summary.path])
        #expect(result.status == 2)
        let text = try String(contentsOf: summary, encoding: .utf8)
        #expect(text.hasPrefix("## earlier step\n\nkept\n## tracegate gate: ❌ failed"))
        #expect(text.contains("**ops-single-1** (route single; tool_selection_accuracy, trajectory_score)"))
        // The misnamed call is on the expected call's row once, never again as extra.
        #expect(text.contains("| `get_report(entity = \"cluster-a\")` | – | missing |"), "\(text)")
        #expect(text.contains("| – | `get_reprot(entity = \"cluster-a\")` | extra |"))
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any], "stdout is one JSON document")
        #expect(json["verdict"] as? String == "fail")
        #expect(result.stderr.contains("GATE FAILED"))
        #expect(result.stderr.contains("::error file=\(Self.golden),line=12,title=tracegate gate (single)::"))
    }
}

extension GateFailsClosedTests.Store {
    func gate(_ candidate: String, _ extra: [String], environment: [String: String]) throws -> CLI.Result {
        try CLI.run(["gate", "--candidate", candidate, "--baseline", "base", "--golden", GateFailsClosedTests.golden, "--db", db] + extra,
                    environment: environment)
    }
}
