import Foundation
import Testing

@Suite struct ShowCommandTests {
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
}
