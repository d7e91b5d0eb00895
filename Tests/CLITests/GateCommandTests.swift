import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing

/// `tracegate gate` through the binary: exit codes, reasons, JUnit and Markdown.
///
/// The runs are 12 chat conversations, one per case, on route "support"; the golden case expects
/// the answer "done". The baseline answers "done" everywhere; the regressed candidate gives up on
/// cases 0–7: task completion drops 1.0 → 0.333 with 8 pass → fail and 0 fail → pass, an exact
/// McNemar p of (1/2)^8 = 0.0039, below alpha (one route, so Holm's correction leaves it as is).
@Suite struct GateCommandTests {
    struct Setup {
        let folder: URL
        let db: String
        let golden: String
    }

    private func setup() throws -> Setup {
        let folder = try CLI.temporaryFolder()
        var cases = "version: 1\nname: support\ntools: {lookup: {}}\ncases:\n"
        for index in 0..<12 {
            cases += "  - {id: s\(index), route: support, critical: \(index == 11), expected: {tools: [lookup], outcome: {answer_contains: [done]}}}\n"
        }
        let golden = folder.appendingPathComponent("support.yaml")
        try Data(cases.utf8).write(to: golden)
        let db = folder.appendingPathComponent("s.sqlite").path
        for (run, failing) in [("base", Set<Int>()), ("same", Set<Int>()), ("regressed", Set(0..<8)), ("critical", [11])] {
            let lines = (0..<12).map { index -> String in
                let answer = failing.contains(index) ? "I gave up." : "All done."
                let messages: [[String: Any]] = [
                    ["role": "user", "content": "ticket \(index)"],
                    ["role": "assistant", "content": NSNull(), "tool_calls": [["id": "c\(index)", "type": "function",
                                                                               "function": ["name": "lookup", "arguments": "{}"]]]],
                    ["role": "tool", "tool_call_id": "c\(index)", "content": "ok"],
                    ["role": "assistant", "content": answer],
                ]
                let object: [String: Any] = ["id": "\(run)-\(index)", "case_id": "s\(index)", "messages": messages]
                return String(decoding: try! JSONSerialization.data(withJSONObject: object), as: UTF8.self)
            }
            let file = folder.appendingPathComponent("\(run).jsonl")
            try Data(lines.joined(separator: "\n").utf8).write(to: file)
            let ingest = try CLI.run(["ingest", file.path, "--run", run, "--db", db])
            #expect(ingest.status == 0, "\(ingest.stderr)")
        }
        return Setup(folder: folder, db: db, golden: golden.path)
    }

    @Test("an unchanged candidate passes with exit 0")
    func unchanged() throws {
        let s = try setup()
        let result = try CLI.run(["gate", "--candidate", "same", "--baseline", "base", "--golden", s.golden, "--db", s.db])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.hasPrefix("GATE PASSED"))
    }

    @Test("a significant drop exits 2 and says why, with JUnit, Markdown and GitHub annotations")
    func regression() throws {
        let s = try setup()
        let junit = s.folder.appendingPathComponent("gate.xml")
        let markdown = s.folder.appendingPathComponent("summary.md")
        let result = try CLI.run(["gate", "--candidate", "regressed", "--baseline", "base", "--golden", s.golden, "--db", s.db,
                                  "--junit", junit.path, "--markdown", markdown.path], environment: ["GITHUB_ACTIONS": "true"])
        #expect(result.status == 2)
        #expect(result.stdout.contains("GATE FAILED: 1 failing check(s)"))
        #expect(result.stdout.contains("task_completion on route support went from 1 to 0.333"))
        #expect(result.stdout.contains("exact McNemar p = 0.0039 on 8 pass → fail vs 0 fail → pass"))
        // The annotation points at the first case of the route (line 5 of the golden file); '%' in the message is %25.
        #expect(result.stdout.contains("::error file=\(s.golden),line=5,title=tracegate gate (support)::task_completion on route support"))
        #expect(result.stdout.contains("(-0.667, 95%25 CI [-0.917, -0.417])"))

        let xml = try Data(contentsOf: junit)
        let counter = JUnitCounter()
        let parser = XMLParser(data: xml)
        parser.delegate = counter
        #expect(parser.parse(), "JUnit is well-formed XML")
        // One suite; 2 gate checks + 12 cases × 2 metrics (tool selection, task completion) = 26 testcases;
        // failures: the task-completion gate check + 8 case regressions = 9.
        #expect(counter.suites == 1)
        #expect(counter.testcases == 26)
        #expect(counter.failures == 9)
        #expect(counter.rootAttributes["tests"] == "26" && counter.rootAttributes["failures"] == "9")

        let summary = try String(contentsOf: markdown, encoding: .utf8)
        #expect(summary.hasPrefix("## tracegate gate: ❌ failed"))
        #expect(summary.contains("| support | 12 |"))
        // Each regressed case: expected calls beside the candidate's actual calls, with arguments.
        #expect(summary.contains("**s0** (route support; task_completion)"))
        #expect(summary.contains("| `lookup` | `lookup()` | matched |"), "\(summary)")
    }

    @Test("a critical case regression fails alone; --strict turns warnings into failures")
    func critical() throws {
        let s = try setup()
        let result = try CLI.run(["gate", "--candidate", "critical", "--baseline", "base", "--golden", s.golden, "--db", s.db])
        #expect(result.status == 2)
        #expect(result.stdout.contains("FAIL  critical case s11 went from pass to fail."))
        // Without enforcement, the 1-of-12 drop (1/12 > 0.05, McNemar p = 0.5) is only a warning…
        let config = s.folder.appendingPathComponent("tracegate.yaml")
        try Data("version: 1\nenforce_critical: false\n".utf8).write(to: config)
        let lenient = try CLI.run(["gate", "--candidate", "critical", "--baseline", "base", "--golden", s.golden, "--db", s.db,
                                   "--config", config.path])
        #expect(lenient.status == 0)
        #expect(lenient.stdout.contains("GATE PASSED with 1 warning(s)"))
        // …which --strict makes fail.
        let strict = try CLI.run(["gate", "--candidate", "critical", "--baseline", "base", "--golden", s.golden, "--db", s.db,
                                  "--config", config.path, "--strict"])
        #expect(strict.status == 2)
    }

    @Test("a committed baseline file gates like the run; an edit to one golden case sets aside that case alone")
    func baselineFile() throws {
        let s = try setup()
        let file = s.folder.appendingPathComponent("baseline.json")
        #expect(try CLI.run(["baseline", "--run", "base", "--golden", s.golden, "--db", s.db, "--out", file.path]).status == 0)
        let first = try Data(contentsOf: file)
        #expect(try CLI.run(["baseline", "--run", "base", "--golden", s.golden, "--db", s.db, "--out", file.path]).status == 0)
        #expect(try Data(contentsOf: file) == first, "diff-stable: the same run writes the same bytes")
        #expect(!String(decoding: first, as: UTF8.self).contains("202"), "no timestamps")
        let fromFile = try CLI.run(["gate", "--candidate", "regressed", "--baseline-file", file.path, "--golden", s.golden, "--db", s.db])
        #expect(fromFile.status == 2)

        // Re-nesting or editing case s3 changes its fingerprint; comments and formatting elsewhere do not.
        var text = try String(contentsOfFile: s.golden, encoding: .utf8)
        text = text.replacingOccurrences(of: "{id: s3, route: support, critical: false, expected: {tools: [lookup], outcome: {answer_contains: [done]}}}",
                                         with: "{id: s3, route: support, critical: false, expected: {tools: [lookup], outcome: {answer_contains: [all]}}}")
        text = "# a comment\n" + text.replacingOccurrences(of: "{id: s5,", with: "{ id:   s5,")
        try text.write(toFile: s.golden, atomically: true, encoding: .utf8)
        let same = try CLI.run(["gate", "--candidate", "same", "--baseline-file", file.path, "--golden", s.golden, "--db", s.db])
        #expect(same.status == 0, "\(same.stdout)\(same.stderr)")
        #expect(same.stdout.contains("note  1 case(s) changed in the golden since the baseline was made, not compared: s3."))
        // The other 11 are still gated: the regressed candidate (s0–s7 given up, s3 set aside) still fails, on 7 of 11.
        let regressed = try CLI.run(["gate", "--candidate", "regressed", "--baseline-file", file.path, "--golden", s.golden, "--db", s.db])
        #expect(regressed.status == 2)
        #expect(regressed.stdout.contains("7 pass → fail vs 0 fail → pass"))
        #expect(regressed.stdout.contains("over 11 paired cases"))
        // A baseline of another golden dataset is refused.
        try text.replacingOccurrences(of: "name: support", with: "name: other").write(toFile: s.golden, atomically: true, encoding: .utf8)
        let refused = try CLI.run(["gate", "--candidate", "same", "--baseline-file", file.path, "--golden", s.golden, "--db", s.db])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("this baseline was made against golden 'support', but the golden file given is 'other'"))
    }

    @Test("usage mistakes exit 64; --print-config prints the defaults")
    func usage() throws {
        let both = try CLI.run(["gate", "--candidate", "x", "--golden", "g.yaml"])
        #expect(both.status == 64)
        #expect(both.stderr.contains("exactly one of --baseline"))
        let printed = try CLI.run(["gate", "--print-config"])
        #expect(printed.status == 0)
        #expect(printed.stdout.contains("task_completion: {max_drop: 0.05}"))
    }
}

/// Counts JUnit elements while XMLParser checks well-formedness.
final class JUnitCounter: NSObject, XMLParserDelegate, @unchecked Sendable {
    var suites = 0
    var testcases = 0
    var failures = 0
    var rootAttributes: [String: String] = [:]

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String]) {
        switch elementName {
        case "testsuites": rootAttributes = attributes
        case "testsuite": suites += 1
        case "testcase": testcases += 1
        case "failure": failures += 1
        default: break
        }
    }
}
