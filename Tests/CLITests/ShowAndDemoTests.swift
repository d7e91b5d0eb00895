import Foundation
import Testing

@Suite struct ShowAndDemoTests {
    @Test("show prints the trajectory tree: steps, tools with arguments, tokens, stop reasons")
    func show() throws {
        let folder = try CLI.temporaryFolder()
        let db = folder.appendingPathComponent("s.sqlite").path
        let file = CLI.fixtures.appendingPathComponent("otlp-synthetic/openai-agents-2025-09-30.otlp.json").path
        #expect(try CLI.run(["ingest", file, "--run", "agents", "--db", db]).status == 0)
        let list = try CLI.run(["show", "--run", "agents", "--db", db])
        #expect(list.stdout.contains("fee618f96dc31e0ca38b2f7b26eb8b29"))
        let shown = try CLI.run(["show", "fee618f96dc31e0ca38b2f7b26eb8b29", "--db", db])
        #expect(shown.status == 0)
        #expect(shown.stdout.contains("query:  What's the weather in Tokyo?"))
        #expect(shown.stdout.contains("totals: 2 LLM calls · 1 tool call · 140 in / 44 out tokens"))
        #expect(shown.stdout.contains(#"tool get_weather({"city":"Tokyo"})"#))
        #expect(shown.stdout.contains("tokens=55→15"))
        #expect(shown.stdout.contains("stop=toolCalls (tool_calls) · → get_weather"))
        let missing = try CLI.run(["show", "nope", "--db", db])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("no trace 'nope'"))
    }

    @Test("the demo ingests the bundled datasets into a fresh store under --out and prints what it found")
    func demo() throws {
        let folder = try CLI.temporaryFolder()
        let datasets = CLI.repositoryRoot.appendingPathComponent("datasets").path
        let result = try CLI.run(["demo", "--out", folder.path, "--datasets", datasets])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("ingested"))
        #expect(result.stdout.contains("step  span"))
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("demo.sqlite").path))
        let rerun = try CLI.run(["demo", "--out", folder.path, "--datasets", datasets])
        // A second run starts from a fresh store: the same counts, nothing doubled.
        let ingested = { (text: String) in text.split(separator: "\n").filter { $0.hasPrefix("ingested") } }
        #expect(rerun.status == 0)
        #expect(ingested(rerun.stdout) == ingested(result.stdout))
        #expect(!ingested(result.stdout).isEmpty)
    }
}
