import Foundation
import Testing

/// `-` reads traces from standard input, plain or gzip, through every command that reads traces.
@Suite struct StandardInputTests {
    static let ops = CLI.repositoryRoot.appendingPathComponent("datasets/ops-llm-led/traces.otlp.jsonl")
    static let golden = CLI.repositoryRoot.appendingPathComponent("golden/ops.yaml").path

    @Test("ingest - stores what ingesting the file stores, plain or gzip; an empty standard input is an error")
    func ingest() throws {
        let folder = try CLI.temporaryFolder()
        let db = folder.appendingPathComponent("s.sqlite").path
        let gz = folder.appendingPathComponent("ops.jsonl.gz")
        try CompressedFixture.gzip(Self.ops, to: gz)
        #expect(try CLI.run(["ingest", Self.ops.path, "--run", "file", "--db", db]).status == 0)
        let plain = try CLI.run(["ingest", "-", "--run", "plain", "--db", db], stdin: Self.ops)
        #expect(plain.status == 0, "\(plain.stderr)")
        let compressed = try CLI.run(["ingest", "-", "--run", "gz", "--db", db], stdin: gz)
        #expect(compressed.status == 0, "\(compressed.stderr)")
        let runs = try CLI.run(["runs", "--db", db, "--json", "-"])
        let parsed = try JSONSerialization.jsonObject(with: Data(runs.stdout.utf8)) as? [[String: Any]] ?? []
        #expect(parsed.map { $0["traces"] as? Int } == [25, 25, 25])
        #expect(parsed.map { $0["spans"] as? Int } == Array(repeating: parsed.first?["spans"] as? Int, count: 3))
        let empty = folder.appendingPathComponent("empty")
        try Data().write(to: empty)
        let refused = try CLI.run(["ingest", "-", "--run", "none", "--db", db], stdin: empty)
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("<stdin>"), "\(refused.stderr)")
    }

    @Test("score --traces - scores standard input like the file")
    func score() throws {
        let fromFile = try CLI.run(["score", "--traces", Self.ops.path, "--golden", Self.golden, "--json", "-"])
        let fromStdin = try CLI.run(["score", "--traces", "-", "--golden", Self.golden, "--json", "-"], stdin: Self.ops)
        #expect(fromStdin.status == fromFile.status)
        #expect(!fromFile.stdout.isEmpty && fromStdin.stdout == fromFile.stdout)
    }
}

/// A file compressed by the system's gzip command.
enum CompressedFixture {
    static func gzip(_ source: URL, to destination: URL) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["gzip", "-c", source.path]
        _ = FileManager.default.createFile(atPath: destination.path, contents: nil)
        process.standardOutput = try FileHandle(forWritingTo: destination)
        try process.run()
        process.waitUntilExit()
    }
}

/// A run name is printed in terminals and reports: every command that creates a run refuses control characters.
@Suite struct RunNameTests {
    @Test("ingest and gate --traces --candidate refuse an empty run name or one with a control character, storing nothing")
    func refused() throws {
        let folder = try CLI.temporaryFolder()
        let db = folder.appendingPathComponent("s.sqlite").path
        let ops = StandardInputTests.ops.path
        for name in ["", "red\u{1B}[31m", "tab\tname"] {
            let ingest = try CLI.run(["ingest", ops, "--run", name, "--db", db])
            #expect(ingest.status == 64, "\(name.debugDescription): \(ingest.stderr)")
            #expect(ingest.stderr.contains("--run "), "\(ingest.stderr)")
            let gate = try CLI.run(["gate", "--traces", ops, "--candidate", name, "--baseline", "x", "--golden", StandardInputTests.golden, "--db", db])
            #expect(gate.status == 64, "\(name.debugDescription): \(gate.stderr)")
        }
        #expect(!FileManager.default.fileExists(atPath: db))
    }
}
