import ArgumentParser
import Foundation
import TraceModel
import TraceReport
import TraceStore

extension TraceGateCommand {
    /// `tracegate runs`: lists the runs in the store.
    struct Runs: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List the runs in the store with their traces, spans, formats and architectures."
        )

        @OptionGroup var database: DatabaseOptions

        @Option(help: ArgumentHelp("Write the runs as JSON here; '-' for standard output (then only JSON is printed there).", valueName: "file"))
        var json: String?

        func run() throws {
            let runs = try database.openForReading().runs()
            if let json {
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
                try Output.write(String(decoding: try encoder.encode(runs), as: UTF8.self) + "\n", to: json, protecting: [database.path])
                if json == "-" { return }
            }
            guard !runs.isEmpty else {
                Console.out("no runs in \(database.path) yet; add one with 'tracegate ingest PATH --run NAME'")
                return
            }
            RunsTable(runs: runs).lines().forEach(Console.out)
        }
    }
}
