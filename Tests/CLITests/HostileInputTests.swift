import Foundation
import Testing

/// Inputs that used to hang or blow up: each ends quickly in a result or a clear error.
@Suite struct HostileInputTests {
    @Test("a .jsonl link to /dev/zero and a named FIFO are refused at once; a FIFO inside a folder is skipped with a warning",
          .timeLimit(.minutes(1)))
    func nonRegularFiles() throws {
        let folder = try CLI.temporaryFolder()
        let db = folder.appendingPathComponent("s.sqlite").path
        let zero = folder.appendingPathComponent("zero.jsonl").path
        try FileManager.default.createSymbolicLink(atPath: zero, withDestinationPath: "/dev/zero")
        let refused = try CLI.run(["ingest", zero, "--run", "z", "--db", db])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("it is a device, not a regular file"))
        let inside = folder.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: inside, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: CLI.repositoryRoot.appendingPathComponent("datasets/ops-llm-led/traces.otlp.jsonl"),
                                         to: inside.appendingPathComponent("traces.jsonl"))
        let fifo = inside.appendingPathComponent("pipe.jsonl").path
        #expect(mkfifo(fifo, 0o644) == 0)
        let named = try CLI.run(["ingest", fifo, "--run", "f", "--db", db])
        #expect(named.status == 1)
        #expect(named.stderr.contains("it is a FIFO (named pipe), not a regular file"))
        let whole = try CLI.run(["ingest", inside.path, "--run", "f", "--db", db])
        #expect(whole.status == 0, "\(whole.stderr)")
        #expect(whole.stderr.contains("skipped \(fifo): not a regular file"))
        #expect(whole.stdout.contains("25 traces"))
    }

    @Test("a golden dataset, gate config, baseline file or price table that is a FIFO, a device, missing or not UTF-8 is refused with a sentence naming it",
          .timeLimit(.minutes(1)))
    func nonRegularSmallInputs() throws {
        let folder = try CLI.temporaryFolder()
        let db = folder.appendingPathComponent("s.sqlite").path
        let golden = CLI.repositoryRoot.appendingPathComponent("golden/ops.yaml").path
        #expect(try CLI.run(["ingest", CLI.repositoryRoot.appendingPathComponent("datasets/ops-llm-led").path, "--run", "r", "--db", db]).status == 0)
        let fifo = folder.appendingPathComponent("pipe").path
        #expect(mkfifo(fifo, 0o644) == 0)
        let latin1 = folder.appendingPathComponent("latin1.yaml")
        try Data([0x6E, 0x61, 0x6D, 0x65, 0x3A, 0x20, 0xE9, 0x0A]).write(to: latin1)
        let cases: [([String], String)] = [
            (["score", "--run", "r", "--golden", fifo], "cannot read the golden dataset \(fifo): it is a FIFO (named pipe), not a regular file"),
            (["score", "--run", "r", "--golden", "/dev/zero"], "cannot read the golden dataset /dev/zero: it is a device, not a regular file"),
            (["score", "--run", "r", "--golden", folder.path + "/none.yaml"], "none.yaml: no such file (or a broken link)"),
            (["score", "--run", "r", "--golden", latin1.path], "latin1.yaml: it is not UTF-8 text"),
            (["gate", "--candidate", "r", "--baseline", "r", "--golden", golden, "--config", fifo], "cannot read the gate config \(fifo): it is a FIFO"),
            (["gate", "--candidate", "r", "--baseline-file", fifo, "--golden", golden], "cannot read the baseline file \(fifo): it is a FIFO"),
            (["score", "--run", "r", "--golden", golden, "--prices", fifo], "it is a FIFO (named pipe), not a regular file"),
        ]
        for (arguments, message) in cases {
            let result = try CLI.run(arguments + ["--db", db])
            #expect(result.status == 1, "\(arguments)")
            #expect(result.stderr.contains(message), "\(arguments): \(result.stderr)")
        }
    }

    @Test("limits in MiB that would overflow are refused as usage errors")
    func hugeLimits() throws {
        let result = try CLI.run(["ingest", "x.json", "--run", "r", "--max-document-mb", "99999999999999"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("can be at most 1048576"))
    }

    @Test("a message list of 80,000 calls is read and scored in linear time", .timeLimit(.minutes(2)))
    func longMessageList() throws {
        let folder = try CLI.temporaryFolder()
        var messages: [String] = [#"{"role":"user","content":"loop"}"#]
        for index in 0..<40_000 {
            messages.append(#"{"role":"assistant","content":null,"tool_calls":[{"id":"c\#(index)","type":"function","function":{"name":"poll","arguments":"{}"}}]}"#)
            messages.append(#"{"role":"tool","tool_call_id":"c\#(index)","content":"not yet"}"#)
        }
        // As many again without ids or results: the pending-call bookkeeping stays linear.
        for _ in 0..<40_000 {
            messages.append(#"{"role":"assistant","content":null,"tool_calls":[{"type":"function","function":{"name":"poll","arguments":"{}"}}]}"#)
        }
        messages.append(#"{"role":"assistant","content":"gave up"}"#)
        let file = folder.appendingPathComponent("loop.json")
        try Data(("{\"case_id\":\"l1\",\"messages\":[" + messages.joined(separator: ",") + "]}").utf8).write(to: file)
        let golden = folder.appendingPathComponent("g.yaml")
        try Data("version: 1\nname: g\ncases:\n  - {id: l1, route: r, expected: {tools: [poll], outcome: {answer_contains: [done]}}}\n".utf8).write(to: golden)
        let db = folder.appendingPathComponent("s.sqlite").path
        let ingest = try CLI.run(["ingest", file.path, "--run", "loop", "--db", db])
        #expect(ingest.status == 0, "\(ingest.stderr)")
        let score = try CLI.run(["score", "--run", "loop", "--golden", golden.path, "--db", db, "--json", "-"])
        #expect(score.status == 0, "\(score.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(score.stdout.utf8)) as? [String: Any])
        #expect(json["schema"] as? String == "tracegate.score/1")
    }
}

@Suite struct TraceSizeLimitTests {
    @Test("a runaway message list of 300,000 calls is refused by the span limit with the flag that raises it", .timeLimit(.minutes(2)))
    func runaway() throws {
        let folder = try CLI.temporaryFolder()
        let call = #"{"role":"assistant","content":null,"tool_calls":[{"type":"function","function":{"name":"poll","arguments":"{}"}}]}"#
        let text = #"{"case_id":"l1","messages":[{"role":"user","content":"loop"},"# + Array(repeating: call, count: 300_000).joined(separator: ",") + "]}"
        let file = folder.appendingPathComponent("runaway.json")
        try Data(text.utf8).write(to: file)
        let db = folder.appendingPathComponent("s.sqlite").path
        let result = try CLI.run(["ingest", file.path, "--run", "r", "--db", db])
        #expect(result.status == 1)
        #expect(result.stderr.contains("has more than 200000 spans, the limit per trace"))
        #expect(result.stderr.contains("--max-trace-spans"))
        let runs = try CLI.run(["runs", "--db", db])
        #expect(!runs.stdout.contains("r "), "nothing stored")
    }
}
