import Foundation
import Testing
import TraceModel
import TraceStore

/// The committed corpus of bad inputs (Fixtures/bad, written by scripts/make_bad_inputs.py): each gives
/// a clear error that changes nothing in the store, or a documented repair with a warning — never a
/// crash, a hang or a silent wrong number.
@Suite struct BadInputTests {
    static let folder = CLI.repositoryRoot.appendingPathComponent("Tests/CLITests/Fixtures/bad")

    @Test("malformed inputs fail with exit 1 and a message naming the file and place; the store is unchanged", arguments: [
        ("truncated.json", "truncated.json:1:", "truncated"),
        ("invalid-utf8.json", "invalid-utf8.json:1:", "invalid UTF-8"),
        ("deep-nesting.json", "deep-nesting.json:1:513", "raise it with --max-depth"),
        ("missing-span-id.json", "missing-span-id.json:1", "field 'spanId' is missing"),
        ("not-a-trace.json", "not-a-trace.json", "no reader recognizes"),
        ("empty.json", "empty.json", "the file is empty"),
        // Token counts outside 0…2^53 are refused (a sum of them would overflow), naming the field.
        ("int64-overflow-tokens.json", "int64-overflow-tokens.json:1:", "field 'attributes.gen_ai.usage.input_tokens' is 99999999999999999999"),
        ("negative-tokens.json", "negative-tokens.json:1:", "field 'attributes.gen_ai.usage.input_tokens' is -40; a token count must be"),
    ])
    func errors(file: String, place: String, message: String) throws {
        let temp = try CLI.temporaryFolder()
        let db = temp.appendingPathComponent("s.sqlite").path
        #expect(try CLI.run(["ingest", Self.folder.appendingPathComponent("orphan-spans.json").path, "--run", "r", "--db", db]).status == 0)
        let before = try SQLiteStore(path: db).runs()
        let result = try CLI.run(["ingest", Self.folder.appendingPathComponent(file).path, "--run", "r", "--db", db])
        #expect(result.status == 1)
        #expect(result.stderr.contains(place) && result.stderr.contains(message), "\(result.stderr)")
        #expect(try SQLiteStore(path: db).runs() == before)
    }

    struct Repair: Sendable, CustomTestStringConvertible {
        let file: String
        let warning: String
        let check: @Sendable (Trace) -> Bool
        var testDescription: String { file }
    }

    @Test("inputs that can be repaired are ingested with a warning that says what was done", arguments: [
        Repair(file: "reversed-timestamps.json", warning: "ends before it starts; its latency is read as 0") { $0.spans[0].latencyNanos == 0 },
        Repair(file: "negative-timestamps.json", warning: "negative timestamp -5000") { $0.spans[0].start == -5000 },
        Repair(file: "duplicate-span-ids.json", warning: "duplicate span id 0000000000000001") { $0.spans.count == 1 && $0.spans[0].kind == .llm },
        Repair(file: "parent-cycle.json", warning: "form a parent cycle") { $0.spans.count == 2 && $0.spans[0].parentSpanId == nil },
        Repair(file: "orphan-spans.json", warning: "which is not in the trace; read as a root") { $0.spans[0].parentSpanId == nil },
        Repair(file: "arrays-for-scalars.json", warning: "gen_ai.request.model was an array of 2 values") { trace in
            trace.spans[0].kind == .llm && trace.spans[0].model == nil && trace.totals.usage == TokenUsage(input: 12, output: 3)
        },
    ])
    func repairs(_ repair: Repair) throws {
        let temp = try CLI.temporaryFolder()
        let db = temp.appendingPathComponent("s.sqlite").path
        let result = try CLI.run(["ingest", Self.folder.appendingPathComponent(repair.file).path, "--run", "r", "--db", db])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("warning: ") && result.stderr.contains(repair.warning), "\(result.stderr)")
        let trace = try #require(try SQLiteStore(path: db).traces(run: "r").first)
        #expect(repair.check(trace))
    }

    @Test("a 50 MB single string is read whole; a line or document above its limit fails with the flag that raises it")
    func sizes() throws {
        let temp = try CLI.temporaryFolder()
        let db = temp.appendingPathComponent("s.sqlite").path
        let big = String(repeating: "x", count: 50 << 20)
        let line = #"{"resourceSpans":[{"scopeSpans":[{"spans":[{"traceId":"ab","spanId":"cd","name":"n","startTimeUnixNano":"1","endTimeUnixNano":"2","attributes":[{"key":"input.value","value":{"stringValue":""#
            + big + #""}}]}]}]}]}"#
        let document = temp.appendingPathComponent("big.json")
        try Data(line.utf8).write(to: document)
        let accepted = try CLI.run(["ingest", document.path, "--run", "big", "--db", db])
        #expect(accepted.status == 0, "\(accepted.stderr)")
        let stored = try #require(try SQLiteStore(path: db).traces(run: "big").first?.spans.first)
        #expect(stored.attributes["input.value"]?.stringValue?.utf8.count == 50 << 20)

        let tooBig = try CLI.run(["ingest", document.path, "--run", "big2", "--db", db, "--max-document-mb", "10"])
        #expect(tooBig.status == 1)
        #expect(tooBig.stderr.contains("the document is 50 MiB, above the 10 MiB limit; raise it with --max-document-mb 51"), "\(tooBig.stderr)")

        let lines = temp.appendingPathComponent("big.jsonl")
        try Data((line + "\n").utf8).write(to: lines)
        let longLine = try CLI.run(["ingest", lines.path, "--run", "big3", "--db", db, "--max-line-mb", "8"])
        #expect(longLine.status == 1)
        // The reader stops once it has read the limit again past the line's start, so a line that never
        // ends cannot hang the error: the size is then a lower bound, and the message says so.
        #expect(longLine.stderr.contains("line 1 is more than "), "\(longLine.stderr)")
        #expect(longLine.stderr.contains("MiB, above the 8 MiB limit; raise it with --max-line-mb (to more than "), "\(longLine.stderr)")
    }
}
