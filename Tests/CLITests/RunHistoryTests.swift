import Foundation
import StoreTestSupport
import Testing

/// History for CI: runs recorded with metadata, listed by it, and `--baseline latest:key=value`.
@Suite struct RunHistoryTests {
    static let ops = CLI.repositoryRoot.appendingPathComponent("datasets/ops-llm-led").path
    static let orchestrator = CLI.repositoryRoot.appendingPathComponent("datasets/ops-orchestrator").path
    static let golden = CLI.repositoryRoot.appendingPathComponent("golden/ops.yaml").path

    static func names(_ arguments: [String]) throws -> [String] {
        let result = try CLI.run(arguments + ["--json", "-"])
        let runs = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]] ?? []
        return runs.compactMap { $0["name"] as? String }
    }

    @Test("two CI-like processes record runs with --meta in one store; runs --where/--last and gate --baseline latest:branch=main find them",
          arguments: StoreBackend.allCases)
    func history(backend: StoreBackend) async throws {
        let folder = try CLI.temporaryFolder()
        let db = try backend.newLocation(in: folder)
        #expect(try CLI.run(["ingest", Self.ops, "--run", "main-1", "--meta", "branch=main", "--meta", "commit=a1", "--db", db]).status == 0)
        // Two runners at once: one on main, one on a pull request.
        async let mainRun = CLI.run(["ingest", Self.ops, "--run", "main-2", "--meta", "branch=main", "--meta", "commit=b2", "--db", db])
        async let prRun = CLI.run(["ingest", Self.orchestrator, "--run", "pr-7", "--meta", "branch=feature", "--db", db])
        let (main, pr) = try await (mainRun, prRun)
        #expect(main.status == 0 && pr.status == 0, "\(main.stderr)\(pr.stderr)")
        #expect(Set(try Self.names(["runs", "--db", db, "--where", "branch=main"])) == ["main-1", "main-2"])
        #expect(try Self.names(["runs", "--db", db, "--where", "branch=main", "--where", "commit=a1"]) == ["main-1"])
        #expect(try Self.names(["runs", "--db", db, "--last", "1"]).count == 1)
        // Metadata given again for a run replaces that key only.
        #expect(try CLI.run(["ingest", Self.ops, "--run", "main-1", "--meta", "commit=a2", "--db", db]).status == 0)
        #expect(try Self.names(["runs", "--db", db, "--where", "branch=main", "--where", "commit=a2"]) == ["main-1"])
        // The newest main run (by creation) other than the candidate is the baseline.
        let newestMain = try Self.names(["runs", "--db", db, "--where", "branch=main", "--last", "1"])
        let gate = try CLI.run(["gate", "--candidate", "pr-7", "--baseline", "latest:branch=main", "--golden", Self.golden, "--db", db])
        #expect([0, 2].contains(gate.status), "\(gate.stderr)")
        #expect(gate.stdout.contains("vs baseline '\(newestMain[0])'"), "\(gate.stdout)")
        #expect(gate.stderr.contains("baseline: '\(newestMain[0])'"))
        // A main run gated against latest main skips itself.
        let itself = try CLI.run(["gate", "--candidate", newestMain[0], "--baseline", "latest:branch=main", "--golden", Self.golden, "--db", db])
        #expect(!itself.stdout.contains("vs baseline '\(newestMain[0])'"), "\(itself.stdout)")
    }

    @Test("no matching run, a malformed filter and a bad --meta are errors that say so; a failed file records no metadata",
          arguments: StoreBackend.allCases)
    func refusals(backend: StoreBackend) throws {
        let folder = try CLI.temporaryFolder()
        let db = try backend.newLocation(in: folder)
        #expect(try CLI.run(["ingest", Self.ops, "--run", "main-1", "--meta", "branch=main", "--db", db]).status == 0)
        let none = try CLI.run(["gate", "--candidate", "main-1", "--baseline", "latest:branch=release", "--golden", Self.golden, "--db", db])
        #expect(none.status == 1)
        #expect(none.stderr.contains("no run has branch=release") && none.stderr.contains("main-1 (branch=main)"), "\(none.stderr)")
        #expect(try CLI.run(["gate", "--candidate", "main-1", "--baseline", "latest:branch", "--golden", Self.golden, "--db", db]).status == 64)
        for bad in ["branch", "=main", "bad key=1", "k=\u{1}"] {
            #expect(try CLI.run(["ingest", Self.ops, "--run", "x", "--meta", bad, "--db", db]).status == 64, "\(bad)")
        }
        let broken = folder.appendingPathComponent("broken.jsonl")
        try Data("{\"resourceSpans\":[{\"scopeSpans\":[{\"spans\":[{\"traceId\":\"ab\"}]}]}]}\n".utf8).write(to: broken)
        #expect(try CLI.run(["ingest", broken.path, "--run", "main-1", "--meta", "branch=broken", "--db", db]).status == 1)
        #expect(try Self.names(["runs", "--db", db, "--where", "branch=broken"]).isEmpty)
        #expect(try Self.names(["runs", "--db", db, "--where", "branch=main"]) == ["main-1"])
    }
}
