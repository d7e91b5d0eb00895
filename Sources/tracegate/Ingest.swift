import ArgumentParser
import Foundation
import TraceIngest
import TraceReport
import TraceModel
import TraceStore
import TraceJSON

extension TraceFormat: ExpressibleByArgument {}
extension Architecture: ExpressibleByArgument {}

extension TraceGateCommand {
    /// `tracegate ingest`: reads trace files into a run of the store.
    struct Ingest: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Read trace exports into a run of the store.",
            discussion: """
                Each PATH is a file or a folder (searched for .json, .jsonl, .ndjson and OTLP \
                protobuf .pb files, gzip- or zstd-compressed or not), or - for standard input. \
                Compression and protobuf are recognised by their bytes, whatever the name; \
                standard input is read in one pass. \
                Every file is one transaction: if a file is bad, nothing of it is stored and the \
                command stops with an error naming the file, line and field. Ingesting a trace \
                that is already in the run replaces it instead of duplicating it. OTLP JSON Lines \
                files are streamed, trace by trace, so a file of any size ingests in flat memory.

                Example:
                  tracegate ingest exports/ --run candidate
                  tracegate ingest traces.jsonl --run baseline --skip-invalid
                  gunzip -c export.jsonl.gz | tracegate ingest - --run nightly
                  tracegate ingest out/ --run pr-42 --meta branch=feature-x --meta commit=$GITHUB_SHA
                """
        )

        @Argument(help: ArgumentHelp("Trace files or folders to read (JSON or OTLP protobuf, gzip or zstd too), or - for standard input.", valueName: "path"))
        var paths: [String]

        @Option(name: .customLong("run"), help: ArgumentHelp("The run to store the traces in; created if new.", valueName: "name"))
        var runName: String

        @OptionGroup var database: DatabaseOptions

        @Option(help: ArgumentHelp(
            "Record key=value with the run (repeatable): branch, commit, CI job URL.",
            discussion: "'runs --where branch=main' lists runs by it, and 'gate --baseline latest:branch=main' gates against the newest such run.",
            valueName: "key=value"))
        var meta: [String] = []

        @Option(help: ArgumentHelp(
            "The document format: auto sniffs each file.",
            discussion: "One of: auto, \(TraceFormat.allCases.map(\.rawValue).joined(separator: ", ")).",
            valueName: "format"))
        var format: String = "auto"

        @Option(help: ArgumentHelp(
            "The agent architecture: auto detects it per trace.",
            discussion: "One of: auto, llm-led, orchestrator-led.", valueName: "architecture"))
        var architecture: String = "auto"

        @Flag(help: "Skip malformed lines of JSON Lines files (each is reported) instead of failing.")
        var skipInvalid = false

        @Flag(help: "Replace the run's traces with these files' (without it, traces are added, and a trace id seen before replaces its old copy).")
        var replace = false

        @Option(help: ArgumentHelp("Deepest JSON nesting accepted.", valueName: "levels"))
        var maxDepth: Int = JSONLimits.default.maxDepth

        @Option(help: ArgumentHelp("Largest single JSON document (a .json file) read, in MiB.", valueName: "MiB"))
        var maxDocumentMb: Int = JSONLimits.default.maxDocumentBytes >> 20

        @Option(help: ArgumentHelp("Largest single line of a JSON Lines file, in MiB.", valueName: "MiB"))
        var maxLineMb: Int = JSONLimits.default.maxLineBytes >> 20

        @Option(help: ArgumentHelp("Most spans one trace may have (a runaway loop is refused, not stored).", valueName: "spans"))
        var maxTraceSpans: Int = JSONLimits.default.maxTraceSpans

        func validate() throws {
            guard format == "auto" || TraceFormat(rawValue: format) != nil else {
                throw ValidationError("unknown --format '\(format)'; use auto or one of \(TraceFormat.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            guard architecture == "auto" || Architecture(rawValue: architecture) != nil else {
                throw ValidationError("unknown --architecture '\(architecture)'; use auto, llm-led or orchestrator-led")
            }
            if let problem = RunSummary.problem(name: runName) { throw ValidationError("--run \(problem)") }
            guard maxDepth > 0, maxDocumentMb > 0, maxLineMb > 0 else {
                throw ValidationError("--max-depth, --max-document-mb and --max-line-mb must be positive")
            }
            // Bytes are MiB << 20: keep that within memory a process can have (1 TiB), and the depth within reason.
            guard maxDocumentMb <= 1 << 20, maxLineMb <= 1 << 20 else {
                throw ValidationError("--max-document-mb and --max-line-mb can be at most 1048576 (1 TiB)")
            }
            guard maxDepth <= 100_000 else { throw ValidationError("--max-depth can be at most 100000") }
            guard maxTraceSpans > 0 else { throw ValidationError("--max-trace-spans must be positive") }
            _ = try MetaPairs.parse(meta, option: "--meta")
        }

        func run() throws {
            let options = IngestOptions(
                format: TraceFormat(rawValue: format), architecture: Architecture(rawValue: architecture),
                skipInvalid: skipInvalid,
                limits: JSONLimits(maxDepth: maxDepth, maxDocumentBytes: maxDocumentMb << 20, maxLineBytes: maxLineMb << 20,
                                   maxTraceSpans: maxTraceSpans)
            )
            let files = try TraceFiles.expand(paths)
            let store = try database.open()
            var runner = IngestRunner(ingestor: Ingestor(options: options), store: store)
            runner.replace = replace
            runner.meta = try MetaPairs.parse(meta, option: "--meta")
            let summary = try runner.ingest(files: files, run: runName)
            summary.lines(run: runName).forEach(Console.out)
        }
    }
}
