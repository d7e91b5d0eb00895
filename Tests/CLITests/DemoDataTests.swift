import Foundation
import Testing

@Suite struct DemoDataTests {
    static var generator: URL { CLI.binary.deletingLastPathComponent().appendingPathComponent("tracegate-datagen") }

    @Test("the generator is deterministic: regenerating gives byte-identical copies of the committed datasets and goldens")
    func deterministic() throws {
        let folder = try CLI.temporaryFolder()
        let process = Process()
        process.executableURL = Self.generator
        process.arguments = [folder.path]
        process.standardOutput = Pipe()
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let generated = FileManager.default.enumerator(atPath: folder.path)?.allObjects as? [String] ?? []
        let files = generated.filter { $0.hasSuffix(".json") || $0.hasSuffix(".jsonl") || $0.hasSuffix(".yaml") }.sorted()
        #expect(files.count == 13)
        for file in files {
            let fresh = try Data(contentsOf: folder.appendingPathComponent(file))
            let committed = try Data(contentsOf: CLI.repositoryRoot.appendingPathComponent(file))
            #expect(fresh == committed, "\(file) differs from the committed copy: rerun tracegate-datagen")
        }
    }

    @Test("the demo runs end to end in a temp dir: architectures side by side, the gate failure and its step, the violations")
    func demo() throws {
        let folder = try CLI.temporaryFolder()
        let root = CLI.repositoryRoot
        let result = try CLI.run(["demo", "--out", folder.path, "--datasets", root.appendingPathComponent("datasets").path,
                                  "--golden", root.appendingPathComponent("golden").path])
        #expect(result.status == 0, "\(result.stderr)")
        let out = result.stdout
        #expect(out.contains("== Ops assistant: orchestrator-led vs LLM-led on the same 25 queries"))
        #expect(out.contains("GATE FAILED"))
        #expect(out.contains("on route high_value"))
        #expect(out.contains("fail rate by step: route high_value now misses or fails retrieve_policy"))
        #expect(out.contains("sales-6: send_email (call 5) — requires approval"))
        #expect(out.contains("bulk-7: send_bulk_notification (call 2) — requires approval"))
        for report in ["ops-compare.md", "vendor-gate.md", "vendor-gate.junit.xml", "tau-bench-score.json", "demo.sqlite"] {
            #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent(report).path), "\(report)")
        }
    }
}
