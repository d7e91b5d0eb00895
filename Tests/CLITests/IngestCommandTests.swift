import Foundation
import Testing
import TraceStore

@Suite struct IngestCommandTests {
    @Test("ingesting the synthetic OTLP fixtures through the binary stores every trace and reports a summary")
    func ingestFixtures() throws {
        let folder = try CLI.temporaryFolder()
        let db = folder.appendingPathComponent("s.sqlite").path
        let result = try CLI.run(["ingest", CLI.fixtures.appendingPathComponent("otlp-synthetic").path, "--run", "e2e", "--db", db])
        #expect(result.status == 0, "\(result.stderr)")
        // 4 files; span counts 4 + 5 + 12 + 11 read off the Langfuse originals.
        #expect(result.stdout.contains("ingested 4 files into run 'e2e': 4 traces, 32 spans"))
        #expect(result.stdout.contains("formats:       otlp 4"))
        let runs = try SQLiteStore(path: db).runs()
        #expect(runs.map(\.name) == ["e2e"])
        #expect(runs[0].traces == 4)
        #expect(runs[0].spans == 32)

        let again = try CLI.run(["ingest", CLI.fixtures.appendingPathComponent("otlp-synthetic").path, "--run", "e2e", "--db", db])
        #expect(again.stdout.contains("(4 already present, replaced)"))
        #expect(try SQLiteStore(path: db).runs()[0].traces == 4)
    }

    @Test("bad inputs fail with exit 1, a message naming the file and line, and leave the store as it was", arguments: [
        ("malformed.json", "{\"resourceSpans\": [\n  {\"scopeSpans\": ]\n}", "malformed.json:2:"),
        ("truncated.json", "{\"resourceSpans\": [{\"scopeSpans\": [{\"spans\": [", "truncated"),
        ("unknown.json", "{\"rows\": [1, 2, 3]}", "no reader recognizes"),
        ("missing-id.json", "{\"resourceSpans\":[{\"scopeSpans\":[{\"spans\":[{\"traceId\":\"ab\",\"name\":\"x\",\"startTimeUnixNano\":\"1\"}]}]}]}",
         "field 'spanId' is missing"),
        ("empty.json", "", "empty"),
    ])
    func badInput(name: String, content: String, message: String) throws {
        let folder = try CLI.temporaryFolder()
        let db = folder.appendingPathComponent("s.sqlite").path
        let good = CLI.fixtures.appendingPathComponent("otlp-synthetic/koog-2025-08-26.otlp.json").path
        #expect(try CLI.run(["ingest", good, "--run", "r", "--db", db]).status == 0)
        let before = try SQLiteStore(path: db).runs()

        let bad = folder.appendingPathComponent(name)
        try Data(content.utf8).write(to: bad)
        let result = try CLI.run(["ingest", bad.path, "--run", "r", "--db", db])
        #expect(result.status == 1)
        #expect(result.stderr.contains(bad.path))
        #expect(result.stderr.contains(message), "\(result.stderr)")
        let into = try CLI.run(["ingest", bad.path, "--run", "other", "--db", db])
        #expect(into.status == 1)
        #expect(try SQLiteStore(path: db).runs() == before)
    }

    @Test("--skip-invalid skips a malformed JSON Lines line with a warning naming it, and keeps the rest")
    func skipInvalid() throws {
        let folder = try CLI.temporaryFolder()
        let db = folder.appendingPathComponent("s.sqlite").path
        let line = #"{"resourceSpans":[{"scopeSpans":[{"spans":[{"traceId":"TID","spanId":"01","name":"x","startTimeUnixNano":"1","endTimeUnixNano":"2"}]}]}]}"#
        let file = folder.appendingPathComponent("export.jsonl")
        try Data([line.replacingOccurrences(of: "TID", with: "aa"), "{not json", line.replacingOccurrences(of: "TID", with: "bb")]
            .joined(separator: "\n").utf8).write(to: file)
        let strict = try CLI.run(["ingest", file.path, "--run", "r", "--db", db])
        #expect(strict.status == 1)
        #expect(strict.stderr.contains("export.jsonl:2:"))
        let lenient = try CLI.run(["ingest", file.path, "--run", "r", "--db", db, "--skip-invalid"])
        #expect(lenient.status == 0)
        #expect(lenient.stderr.contains("export.jsonl:2: skipped"))
        #expect(lenient.stdout.contains("2 traces, 2 spans, 1 malformed line skipped"))
    }

    @Test("a usage mistake exits 64 with a message that names the flag")
    func usage() throws {
        let result = try CLI.run(["ingest", "x.json", "--run", "r", "--format", "bogus"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("--format"))
    }
}
