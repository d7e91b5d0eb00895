import ArgumentParser
import TraceEval
import TraceReport

extension TraceGateCommand {
    /// `tracegate baseline`: a committed, diff-stable baseline of a run.
    struct Baseline: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write a diff-stable baseline file of a run, meant to be committed and read by 'gate --baseline-file'.",
            discussion: """
                The file holds per-case scores (so the gate can pair cases), sorted keys and no \
                timestamps, and for each case a fingerprint of its golden definition: when a case is \
                edited in the golden file later, the gate sets aside that case alone ("changed, not \
                compared") and still gates the rest.

                Every golden case must have at least one trace in the run: otherwise it refuses \
                (exit 1) and names the cases, unless --allow-missing leaves them out of the file (the \
                gate then lists them as new cases, not compared). A run that links no case at all is \
                always refused.

                Example:
                  tracegate baseline --run main --golden golden/ops.yaml --out golden/baseline.json
                """
        )

        @Option(name: .customLong("run"), help: ArgumentHelp("The run to record.", valueName: "name")) var runName: String
        @OptionGroup var golden: GoldenOptions
        @OptionGroup var database: DatabaseOptions
        @Option(help: ArgumentHelp("Where to write the baseline ('-' for standard output).", valueName: "file")) var out: String
        @Flag(help: "Leave golden cases that have no trace out of the file instead of refusing.") var allowMissing = false
        @OptionGroup var output: OutputOptions

        func validate() throws {
            if out == "-" && output.documentOnStdout { throw ValidationError("--out - already writes the baseline to standard output") }
        }

        func run() throws {
            let dataset = try golden.load()
            let scoring = RunScoring(store: try database.openForReading(), dataset: dataset, options: EvaluationOptions(prices: try golden.prices.table()), storesScores: false)
            let (score, traces) = try scoring.scoreWithTraces(runName)
            let summaries = CaseSummary.summaries(of: score, dataset: dataset)
            let missing = summaries.filter { $0.trials == 0 }.map(\.caseId)
            let kept = summaries.filter { $0.trials > 0 }
            guard !kept.isEmpty else {
                throw ValidationErrorWithExit("no trace of run '\(runName)' links to a case of '\(dataset.name)' (by case id or query); "
                                              + "a baseline of nothing would let every gate pass blind, so none was written")
            }
            if !missing.isEmpty && !allowMissing {
                throw ValidationErrorWithExit("\(missing.count) golden case(s) have no trace in run '\(runName)': "
                                              + missing.prefix(20).joined(separator: ", ") + (missing.count > 20 ? " …" : "")
                                              + "; re-run them, or pass --allow-missing to leave them out of the baseline")
            }
            let file = BaselineFile(run: runName, golden: dataset.name, cases: kept)
            let protected = database.files + [golden.golden]
            try Output.write(try file.encoded(), to: out, protecting: protected)
            // The run's score reports beside the baseline, when asked for.
            try output.write(json: { ScoreJSON.render(score) }, markdown: { ScoreMarkdown.render(score) },
                             html: { ScoreHTML.render(score, traces: Dictionary(traces.map { ($0.traceId, $0) }, uniquingKeysWith: { first, _ in first })) },
                             protecting: protected + [out])
            if !missing.isEmpty { Console.warn("left out \(missing.count) case(s) with no trace: \(missing.prefix(20).joined(separator: ", "))") }
            if out != "-" { Console.note("wrote \(out): \(file.cases.count) cases of run '\(runName)' against '\(dataset.name)'") }
        }
    }
}
