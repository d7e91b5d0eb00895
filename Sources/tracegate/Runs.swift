import ArgumentParser
import Foundation
import TraceModel
import TraceReport
import TraceStore

extension TraceGateCommand {
    /// `tracegate runs`: lists the runs in the store; `runs delete NAME` removes one.
    struct Runs: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List the runs in the store with their traces, spans, formats and architectures.",
            discussion: "'tracegate runs delete NAME' removes a run and everything in it; 'ingest --replace' replaces a run's traces.",
            subcommands: [List.self, Delete.self],
            defaultSubcommand: List.self
        )
    }
}

extension TraceGateCommand.Runs {
    /// `tracegate runs delete NAME`.
    struct Delete: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Delete a run: its traces, spans and scores, in one transaction.")

        @Argument(help: ArgumentHelp("The run to delete.", valueName: "name")) var name: String
        @OptionGroup var database: DatabaseOptions

        func run() throws {
            let store = try database.open()
            let traces = try store.deleteRun(name)
            Console.note("deleted run '\(name)' (\(traces) trace\(traces == 1 ? "" : "s")) from \(store.location)")
        }
    }

    /// `tracegate runs [list]`.
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List the runs in the store with their traces, spans, formats and architectures."
        )

        @OptionGroup var database: DatabaseOptions

        @Option(help: ArgumentHelp("Write the runs as JSON here; '-' for standard output (then only JSON is printed there).", valueName: "file"))
        var json: String?

        @Option(name: .customLong("where"), help: ArgumentHelp("Only runs recorded with key=value by 'ingest --meta' (repeatable; all must hold).", valueName: "key=value"))
        var filters: [String] = []

        @Option(help: ArgumentHelp("Only the newest N runs (after --where).", valueName: "N"))
        var last: Int?

        func validate() throws {
            _ = try MetaPairs.parse(filters, option: "--where")
            if let last, last < 1 { throw ValidationError("--last must be at least 1") }
        }

        func run() throws {
            let filter = try MetaPairs.parse(filters, option: "--where")
            let store = try database.openForReading()
            let runs = try store.runs(matching: filter, last: last)
            if let json {
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
                try Output.write(String(decoding: try encoder.encode(runs), as: UTF8.self) + "\n", to: json, protecting: database.files)
                if json == "-" { return }
            }
            guard !runs.isEmpty else {
                Console.out(filter.isEmpty ? "no runs in \(store.location) yet; add one with 'tracegate ingest PATH --run NAME'"
                    : "no run in \(store.location) has \(RunSummary.text(of: filter, separator: ", "))")
                return
            }
            RunsTable(runs: runs).lines().forEach(Console.out)
        }
    }
}
