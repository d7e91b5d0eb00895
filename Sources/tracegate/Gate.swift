import ArgumentParser
import Foundation
import TraceEval
import TraceIngest
import TraceModel
import TraceReport

extension TraceGateCommand {
    /// `tracegate gate`: fail the build when a route regresses or when the gate could not see enough.
    struct Gate: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Fail (exit 2) when the candidate regresses on a route, or when it could not be compared; pass (exit 0) otherwise.",
            discussion: """
                Compares the candidate with a baseline (a run in the store, or a committed file from \
                'tracegate baseline') per route and metric, pairing cases by id.

                It fails closed: a golden case with no candidate trace, a candidate trace that links to \
                no case, or a gate that compared nothing is a FAIL line, never a pass.

                A route × metric whose mean fell by more than max_drop fails when the drop is \
                significant (exact McNemar for pass/fail metrics, seeded paired bootstrap otherwise; \
                Holm-corrected across the routes of that metric), or when it is wholesale (at least 2 \
                cases worse, none better, half of the route or more) even where the route is too small \
                for any test. A floor crossed or a critical case going pass → fail fails on its own. \
                Other drops beyond tolerance warn, saying whether the test was underpowered. \
                Thresholds come from --config (tracegate.yaml); see them with --print-config.

                Cases whose golden definition changed since the baseline file was made are listed as \
                "changed, not compared"; the others are still gated.

                Exit codes: 0 passed (warnings allowed unless --strict), 2 failed, 1 bad input.
                With GITHUB_ACTIONS=true it appends the Markdown verdict to $GITHUB_STEP_SUMMARY and \
                prints ::error/::warning annotations pointing at the golden file's cases.

                With --traces PATH… the candidate is read straight from trace files (no store is needed \
                with --baseline-file): one command in CI. With --candidate NAME as well, the traces are \
                also stored as that run.

                Examples:
                  tracegate gate --traces out/ --baseline-file golden/baseline.json --golden golden/ops.yaml
                  tracegate gate --candidate pr --baseline-file golden/baseline.json --golden golden/ops.yaml
                  tracegate gate --candidate pr-42 --baseline latest:branch=main --golden golden/ops.yaml
                  tracegate gate --candidate v2 --baseline v1 --golden golden/ops.yaml --junit reports/gate.xml
                """
        )

        @Option(help: ArgumentHelp("The candidate run (with --traces: store the traces as this run).", valueName: "name")) var candidate: String?
        @Option(parsing: .upToNextOption, help: ArgumentHelp("Read the candidate straight from these trace files or folders (gzip too; - for standard input).", valueName: "path"))
        var traces: [String] = []
        @Option(help: ArgumentHelp("A baseline run in the store, or latest:key=value[,…]: the newest run recorded with that metadata (ingest --meta).", valueName: "name")) var baseline: String?
        @Option(help: ArgumentHelp("A baseline file written by 'tracegate baseline'.", valueName: "file")) var baselineFile: String?
        @Option(help: ArgumentHelp("The golden dataset (YAML or JSON).", valueName: "file")) var golden: String?
        @Option(help: ArgumentHelp("Gate thresholds (tracegate.yaml); defaults when omitted.", valueName: "file")) var config: String?
        @OptionGroup var database: DatabaseOptions
        @OptionGroup var prices: PriceOptions
        @OptionGroup var output: OutputOptions
        @Option(help: ArgumentHelp("Write JUnit XML here; '-' for standard output.", valueName: "file")) var junit: String?
        @Flag(help: "Warnings fail the gate too.") var strict = false
        @Flag(help: "Print the configuration in force (the defaults, or --config merged over them) and exit.") var printConfig = false

        func validate() throws {
            if printConfig { return }
            guard candidate != nil || !traces.isEmpty else { throw ValidationError("give --candidate NAME (a run in the store) or --traces PATH…") }
            guard golden != nil else { throw ValidationError("--golden is required") }
            if let baseline { _ = try MetaPairs.latestFilter(baseline) }
            if !traces.isEmpty, let candidate, let problem = RunSummary.problem(name: candidate) {
                throw ValidationError("--candidate \(problem)")
            }
            guard (baseline == nil) != (baselineFile == nil) else {
                throw ValidationError("give exactly one of --baseline NAME (a run in the store) or --baseline-file FILE")
            }
            if junit == "-", output.documentOnStdout {
                throw ValidationError("only one document can go to standard output: --junit - and another '-' were both given")
            }
        }

        func run() throws {
            let gateConfig = try GateConfigFile.load(config)
            if printConfig {
                print(config == nil ? GateConfig.defaultsYAML : GateConfigText.render(gateConfig), terminator: "")
                return
            }
            let golden = golden!
            let dataset = try GoldenFile.load(golden)
            let options = EvaluationOptions(prices: try prices.table())
            // The store is opened only when something needs it: --traces with a baseline file needs none.
            var opened: RunScoring?
            func scoring() throws -> RunScoring {
                if let opened { return opened }
                let made = RunScoring(store: try database.openForReading(), dataset: dataset, options: options, storesScores: false)
                opened = made
                return made
            }
            let source: GateService.Baseline
            let score: RunScore
            let scoreCandidate = { try candidateScore(dataset: dataset, options: options, scoring: scoring) }
            if let baselineFile {
                let (file, read) = try alongsideCandidate({
                    try BaselineFile.decode(InputFile.data(baselineFile, what: "the baseline file"), file: baselineFile)
                }, scoreCandidate)
                source = .file(file, path: baselineFile)
                score = read
            } else {
                let runs = try scoring()
                let name = try MetaPairs.resolve(baseline!, in: runs.store, excluding: candidate)
                let (cases, read) = try alongsideCandidate({ try runs.summaries(name) }, scoreCandidate)
                source = .run(name: name, cases: cases)
                score = read
            }
            let result = try GateService(dataset: dataset, config: gateConfig).run(baseline: source, candidate: score)
            KeptUntilExit.keep((dataset, source, score, result))
            let protected: [String] = database.files + [golden] + [config, baselineFile].compactMap { $0 } + traces
            try GateReports(result: result, strict: strict, output: output, junit: junit, golden: golden, dataset: dataset)
                .emit(protecting: protected)
            if result.failed(strict: strict) { throw ExitCode(2) }
        }

        /// `baseline` (the baseline file decoded, or the baseline run scored) worked out on a thread
        /// of its own while `scoreCandidate` runs on this one, except when the candidate is written
        /// into the store: then the baseline comes first, so a bad baseline changes nothing. The
        /// baseline's errors come first either way.
        private func alongsideCandidate<Value: Sendable>(_ baseline: @escaping @Sendable () throws -> Value,
                                                         _ scoreCandidate: () throws -> RunScore) throws -> (Value, RunScore) {
            let work = BackgroundWork(baseline)
            if candidate != nil && !traces.isEmpty { _ = try work.value() }
            let read = Result { try scoreCandidate() }
            return (try work.value(), try read.get())
        }

        /// The candidate: read from --traces (and stored as --candidate when named), else the stored run.
        private func candidateScore(dataset: GoldenDataset, options: EvaluationOptions, scoring: () throws -> RunScoring) throws -> RunScore {
            guard !traces.isEmpty else { return try scoring().score(candidate!, details: .evidence) }
            if let candidate {
                // Storing the traces needs the store open for writing; scoring them reads it back.
                let store = try database.open()
                var runner = IngestRunner(ingestor: Ingestor(), store: store)
                runner.replace = true
                _ = try runner.ingest(files: try TraceFiles.expand(traces), run: candidate)
                return try RunScoring(store: store, dataset: dataset, options: options, storesScores: false).score(candidate, details: .evidence)
            }
            return TraceFiles.score(try TraceFiles.read(traces), scorer: Scorer(dataset: dataset, options: options), run: "traces", details: .evidence)
        }
    }
}
