import ArgumentParser
import TraceEval
import TraceReport

extension TraceGateCommand {
    /// `tracegate compare`: two runs side by side on the same golden cases.
    struct Compare: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Compare two runs (two architectures or two versions) on the same golden cases.",
            discussion: """
                Scores both runs, pairs cases by id, and prints per route: each metric's baseline and \
                candidate means, the difference with a seeded paired-bootstrap 95% interval, the cases \
                that went pass → fail and the exact McNemar p-value; then LLM calls, tool calls, tokens, \
                cost, cost per success and latency p50/p95; then the steps missed more often.

                Example:
                  tracegate compare --baseline llm-led --candidate orchestrator --golden golden/ops.yaml
                """
        )

        @Option(help: ArgumentHelp("The baseline run, or latest:key=value[,…] for the newest run with that metadata.", valueName: "name")) var baseline: String
        @Option(help: ArgumentHelp("The candidate run.", valueName: "name")) var candidate: String
        @OptionGroup var golden: GoldenOptions
        @OptionGroup var database: DatabaseOptions
        @OptionGroup var output: OutputOptions

        func run() throws {
            let dataset = try golden.load()
            let scoring = RunScoring(store: try database.openForReading(), dataset: dataset, options: EvaluationOptions(prices: try golden.prices.table()), storesScores: false)
            let baseline = try MetaPairs.resolve(self.baseline, in: scoring.store, excluding: candidate)
            let comparison = Comparer().compare(baseline: try scoring.summaries(baseline), candidate: try scoring.summaries(candidate),
                                                names: (baseline, candidate, dataset.name))
            try output.write(json: { ComparisonJSON.value(comparison).prettyText + "\n" }, markdown: { CompareMarkdown.render(comparison) },
                             html: { CompareHTML.render(comparison) }, protecting: database.files + [golden.golden])
            CompareTable(comparison: comparison).lines().forEach(output.say)
        }
    }
}
