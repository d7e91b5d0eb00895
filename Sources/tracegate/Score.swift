import ArgumentParser
import Foundation
import TraceEval
import TraceReport
import TraceStore

extension TrajectoryMode: ExpressibleByArgument {
    public init?(argument: String) { self.init(name: argument) }
}
extension ArgsMatchMode: ExpressibleByArgument {}

extension TraceGateCommand {
    /// `tracegate score`: a run against a golden dataset.
    struct Score: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Score a run's traces against a golden dataset.",
            discussion: """
                Links each trace to its golden case (by tracegate.case_id or the format's own case id, \
                else by the query text), runs the five evaluators (tool selection, task completion, \
                trajectory, step efficiency, policy compliance), stores the scores, and prints a \
                table per route: each metric's mean with its 95% bootstrap interval and pass rate, \
                then LLM calls, tokens, cost and latency.

                Example:
                  tracegate score --run tau --golden golden/tau-bench-airline.yaml --json score.json
                """
        )

        @Option(name: .customLong("run"), help: ArgumentHelp("The run to score.", valueName: "name"))
        var runName: String

        @Option(help: ArgumentHelp("The golden dataset (YAML or JSON).", valueName: "file"))
        var golden: String

        @OptionGroup var database: DatabaseOptions

        @Option(help: ArgumentHelp("Write the score JSON (tracegate.score/1) here; '-' for standard output.", valueName: "file"))
        var json: String?

        @Option(help: ArgumentHelp(
            "Compare trajectories in this mode instead of the golden file's.",
            discussion: "exact, in_order, unordered, contains_expected, within_expected (aliases: strict, superset, subset).",
            valueName: "mode"))
        var trajectoryMode: TrajectoryMode?

        @Option(help: ArgumentHelp("Match arguments this way instead of the golden file's: superset, exact, subset, ignore.",
                                   valueName: "mode"))
        var argsMatch: ArgsMatchMode?

        @Option(help: ArgumentHelp("Write a Markdown report here.", valueName: "file"))
        var markdown: String?

        @Option(help: ArgumentHelp("Write a self-contained HTML report here.", valueName: "file"))
        var html: String?

        @OptionGroup var prices: PriceOptions

        func run() throws {
            let dataset = try GoldenFile.load(golden)
            let options = EvaluationOptions(trajectoryMode: trajectoryMode, argsMatch: argsMatch, prices: try prices.table())
            let (score, traces) = try RunScoring(store: try database.open(), dataset: dataset, options: options).scoreWithTraces(runName)
            if let json { try Output.write(ScoreJSON.render(score), to: json) }
            if let markdown { try Output.write(ScoreMarkdown.render(score), to: markdown) }
            if let html {
                let byId = Dictionary(traces.map { ($0.traceId, $0) }, uniquingKeysWith: { first, _ in first })
                try Output.write(ScoreHTML.render(score, traces: byId), to: html)
            }
            if json != "-" { ScoreTable(score: score).lines().forEach(Console.out) }
        }
    }
}
