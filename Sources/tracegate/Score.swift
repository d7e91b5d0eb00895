import ArgumentParser
import Foundation
import TraceEval
import TraceModel
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

                With --config (tracegate.yaml) it can fail a build on its own, before any baseline \
                exists: exit 2 when a floor (a metric's min) is crossed overall or on a route, when a \
                golden case has no trace, when a trace links to no case (unlinked_traces), or when \
                nothing was scored. Without --config it reports and exits 0.

                Examples:
                  tracegate score --run tau --golden golden/tau-bench-airline.yaml --json score.json
                  tracegate score --run pr --golden golden/ops.yaml --config golden/tracegate.yaml
                """
        )

        @Option(name: .customLong("run"), help: ArgumentHelp("The run to score.", valueName: "name"))
        var runName: String?

        @Option(parsing: .upToNextOption, help: ArgumentHelp("Score these trace files or folders directly, without a store (gzip too; - for standard input).", valueName: "path"))
        var traces: [String] = []

        @Option(help: ArgumentHelp("The golden dataset (YAML or JSON).", valueName: "file"))
        var golden: String

        @OptionGroup var database: DatabaseOptions

        @OptionGroup var output: OutputOptions

        @Option(help: ArgumentHelp("Apply this tracegate.yaml's floors and coverage rules: exit 2 when one fails.", valueName: "file"))
        var config: String?

        @Option(help: ArgumentHelp(
            "Compare trajectories in this mode instead of the golden file's.",
            discussion: "exact, in_order, unordered, contains_expected, within_expected (aliases: strict, superset, subset).",
            valueName: "mode"))
        var trajectoryMode: TrajectoryMode?

        @Option(help: ArgumentHelp("Match arguments this way instead of the golden file's: superset, exact, subset, ignore.",
                                   valueName: "mode"))
        var argsMatch: ArgsMatchMode?

        @OptionGroup var prices: PriceOptions

        func validate() throws {
            guard (runName == nil) != traces.isEmpty else {
                throw ValidationError("give exactly one of --run NAME (a run in the store) or --traces PATH… (trace files)")
            }
        }

        func run() throws {
            let gateConfig = try config.map { try GateConfigFile.load($0) }
            let dataset = try GoldenFile.load(golden)
            let options = EvaluationOptions(trajectoryMode: trajectoryMode, argsMatch: argsMatch, prices: try prices.table())
            let runName = self.runName ?? "traces"
            // The traces are kept for the HTML page: from files, as their digests, decoded only if the page is written.
            let (score, traces): (RunScore, () -> [Trace])
            if self.traces.isEmpty {
                let (scored, read) = try RunScoring(store: try database.open(), dataset: dataset, options: options).scoreWithTraces(runName)
                (score, traces) = (scored, { read })
            } else {
                let read = try TraceFiles.read(self.traces)
                (score, traces) = (TraceFiles.score(read, scorer: Scorer(dataset: dataset, options: options), run: runName), { read.traces() })
            }
            let floors = try gateConfig.map { try GateService(dataset: dataset, config: $0).floors(score) }
            let protected = database.files + [golden] + [config].compactMap { $0 } + self.traces
            let page = {
                ScoreHTML.render(score, traces: Dictionary(traces().map { ($0.traceId, $0) }, uniquingKeysWith: { first, _ in first }), floors: floors)
            }
            try output.write(json: { ScoreJSON.render(score) }, markdown: { ScoreMarkdown.render(score) }, html: page, protecting: protected)
            ScoreTable(score: score).lines(width: output.documentOnStdout ? nil : Console.terminalWidth).forEach(output.say)
            guard let floors else { return }
            output.say("")
            GateSummary.lines(floors, strict: false, subject: "run '\(runName)' against '\(dataset.name)'").forEach(output.say)
            if floors.failed(strict: false) { throw ExitCode(2) }
        }
    }
}
