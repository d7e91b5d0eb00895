import Foundation
import Testing

@Suite struct ReadersThroughCLITests {
    @Test("ingest --format auto reads every sample shape; show prints τ-bench and Agents SDK trajectories readably")
    func everySample() throws {
        let folder = try CLI.temporaryFolder()
        let db = folder.appendingPathComponent("s.sqlite").path
        let inputs = ["agents-sdk", "langfuse", "langsmith", "otlp-synthetic", "tau-bench", "tau2-bench",
                      "samples/opentelemetry-proto-example-trace.json"].map { CLI.fixtures.appendingPathComponent($0).path }
        let result = try CLI.run(["ingest"] + inputs + ["--run", "all", "--db", db])
        #expect(result.status == 0, "\(result.stderr)")
        // agents-sdk 1, langfuse 5, langsmith 1, otlp (4 synthetic + the proto example) 5, τ-bench 3 + τ² 20.
        #expect(result.stdout.contains("formats:       langfuse 5, langsmith 1, openai-agents 1, otlp 5, tau-bench 23"), "\(result.stdout)")

        let tau = try CLI.run(["show", "tau-41-trial-1", "--db", db])
        #expect(tau.status == 0)
        #expect(tau.stdout.contains("case:   41"))
        #expect(tau.stdout.contains("recorded outcome: 1.0"))
        #expect(tau.stdout.contains(#"tool get_reservation_details({"reservation_id":"3RK2T9"})"#))

        let agents = try CLI.run(["show", "trace_13c1811d3f8549dba8cee8abab238c3c", "--db", db])
        #expect(agents.status == 0)
        #expect(agents.stdout.contains("handoff handoff Triage agent → Weather agent"))
        #expect(agents.stdout.contains("ERROR: Error running tool (non-fatal)"))
        #expect(agents.stdout.contains("stop=toolCalls (inferred) · → get_weather"))
    }

    @Test("golden from-tau-bench through the binary reproduces the committed golden file")
    func goldenCommand() throws {
        let folder = try CLI.temporaryFolder()
        let out = folder.appendingPathComponent("g.yaml").path
        let toFile = try CLI.run(["golden", "from-tau-bench", CLI.repositoryRoot.appendingPathComponent("datasets/tau-bench/gpt-4o-airline.json").path,
                                  "--out", out])
        #expect(toFile.status == 0)
        let written = try String(contentsOfFile: out, encoding: .utf8)
        let committed = try String(contentsOf: CLI.repositoryRoot.appendingPathComponent("golden/tau-bench-airline.yaml"), encoding: .utf8)
        // Same cases byte for byte; only the "Regenerate with" line names the paths given.
        let body = { (text: String) in text.split(separator: "\n").filter { !$0.hasPrefix("# Regenerate") } }
        #expect(body(written) == body(committed))
        #expect(body(written).count > 500)
    }
}
