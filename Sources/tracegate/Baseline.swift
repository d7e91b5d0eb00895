import ArgumentParser
import TraceEval

extension TraceGateCommand {
    /// `tracegate baseline`: a committed, diff-stable baseline of a run.
    struct Baseline: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write a diff-stable baseline file of a run, meant to be committed and read by 'gate --baseline-file'.",
            discussion: """
                The file holds per-case scores (so the gate can pair cases), sorted keys and no \
                timestamps, and a fingerprint of the golden file: a baseline made against another \
                version of the golden dataset is refused by the gate.
                """
        )

        @Option(name: .customLong("run"), help: ArgumentHelp("The run to record.", valueName: "name")) var runName: String
        @OptionGroup var golden: GoldenOptions
        @OptionGroup var database: DatabaseOptions
        @Option(help: ArgumentHelp("Where to write the baseline ('-' for standard output).", valueName: "file")) var out: String

        func run() throws {
            let (dataset, fingerprint) = try golden.load()
            let scoring = RunScoring(store: try database.open(), dataset: dataset, options: EvaluationOptions(prices: try golden.prices.table()))
            let file = BaselineFile(run: runName, golden: dataset.name, goldenFingerprint: fingerprint, cases: try scoring.summaries(runName))
            try Output.write(try file.encoded(), to: out)
            if out != "-" { Console.note("wrote \(out): \(file.cases.count) cases of run '\(runName)' against '\(dataset.name)'") }
        }
    }
}
