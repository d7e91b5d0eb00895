import ArgumentParser
import TraceReport
import TraceStore

extension TraceGateCommand {
    /// `tracegate show`: one trajectory as an indented tree, or the traces of a run.
    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show a trace's trajectory as an indented tree, or list the traces of a run.",
            discussion: """
                Each line is one span in trajectory order: its step, kind, the tool and its arguments \
                (for tool spans), route, model, tokens (input→output), latency, status and stop reason; \
                an LLM span that asked for tools shows them after an arrow.

                Examples:
                  tracegate show --run baseline            # list the run's traces
                  tracegate show 5b8efff798038103d269b633813fc60c
                """
        )

        @Argument(help: ArgumentHelp("The trace to show; omit it to list the traces of --run.", valueName: "trace-id"))
        var traceId: String?

        @Option(name: .customLong("run"), help: ArgumentHelp("The run to look in (needed when the trace id is in several runs).", valueName: "name"))
        var runName: String?

        @OptionGroup var database: DatabaseOptions

        func validate() throws {
            if traceId == nil, runName == nil {
                throw ValidationError("give a trace id, or --run NAME to list that run's traces")
            }
        }

        func run() throws {
            let store = try database.openForReading()
            guard let traceId else {
                let summaries = try store.traceSummaries(run: runName!)
                TraceListTable(traces: summaries).lines().forEach(Console.out)
                return
            }
            let found = try store.trace(id: traceId, run: runName)
            TrajectoryTreeRenderer().render(found.trace, run: found.run) { print($0) }
        }
    }
}
