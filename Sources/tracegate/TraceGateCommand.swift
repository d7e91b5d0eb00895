import Foundation
import ArgumentParser
import TraceReport

/// The `tracegate` command: scores LLM-agent traces against golden datasets and gates releases.
@main
struct TraceGateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tracegate",
        abstract: "Score LLM-agent traces against golden datasets and block releases when scores regress.",
        discussion: """
            tracegate reads agent trace exports (OpenTelemetry OTLP/JSON or OTLP protobuf with GenAI or \
            OpenInference attributes, OpenAI Agents SDK, LangSmith, Langfuse, chat-message lists, τ-bench \
            results; gzip or zstd; from files, standard input, or live over OTLP/HTTP with 'tracegate serve'), \
            stores them in a SQLite file, scores each trace against a golden dataset, compares two \
            runs on the same cases, and gates CI: exit 2 when a route's score regresses or when the \
            gate cannot tell (nothing compared, cases missing).

            Start with 'tracegate demo' to see the whole pipeline on the bundled data, then \
            'tracegate ingest PATH --run NAME' for your own exports.

            Exit codes: 0 success, 1 error (bad input, I/O), 2 gate failed (regression), 64 usage.
            """,
        version: TraceGateCommand.version,
        subcommands: [Init.self, Ingest.self, Runs.self, Show.self, Score.self, Compare.self, Gate.self, Baseline.self, Golden.self, Serve.self, Demo.self]
    )

    /// Runs the command; an error's message may quote input (trace ids, JSON keys, file names), so
    /// its control characters are escaped before it reaches the terminal.
    /// The version `--version` prints.
    static let version = "0.5.0"

    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let code = exitCode(for: error)
            var message = fullMessage(for: error)
            if code == .validationFailure, let hint = Suggestion.hint(for: Array(CommandLine.arguments.dropFirst())) {
                message = hint + "\n" + message
            }
            if !message.isEmpty {
                let safe = code == .success ? message : TerminalText.multiline(message)
                if code == .success {
                    print(safe)
                } else {
                    FileHandle.standardError.write(Data((safe + "\n").utf8))
                }
            }
            Foundation.exit(code.rawValue)
        }
    }
}
