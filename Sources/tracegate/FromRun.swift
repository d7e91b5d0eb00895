import ArgumentParser
import Foundation
import TraceEval

extension TraceGateCommand.Golden {
    /// `tracegate golden from-run`: a golden dataset drafted from a known-good run.
    struct FromRun: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "from-run",
            abstract: "Draft a golden dataset from a run you trust: its calls become the expected ones.",
            discussion: """
                Each trace becomes a case (linked back by its case id, or by its query): its tool \
                calls, retries collapsed, with exact arguments, become the expected tools and the \
                reference trajectory; its route is kept; its answer is written as a TODO comment to \
                turn into outcome criteria. Scoring the same run against the draft passes — a \
                snapshot to start from, to be reviewed. Refuses to overwrite a file.

                Example:
                  tracegate golden from-run --run main --out golden/agent.yaml
                """
        )

        @Option(name: .customLong("run"), help: ArgumentHelp("The run to draft from.", valueName: "name")) var runName: String
        @Option(help: ArgumentHelp("Where to write the draft ('-' for standard output).", valueName: "file")) var out: String
        @Option(help: ArgumentHelp("The dataset's name (default: the run's).", valueName: "name")) var name: String?
        @OptionGroup var database: DatabaseOptions

        func run() throws {
            if out != "-", FileManager.default.fileExists(atPath: out) {
                throw ValidationErrorWithExit("\(out) exists; tracegate does not overwrite a golden file: choose another --out or remove it")
            }
            let traces = try database.openForReading().evaluationTraces(run: runName)
            let schema = BundledData.folder("docs") + "/schema/golden.schema.json"
            let draft = GoldenDraft(name: name ?? runName, run: runName,
                                    schema: FileManager.default.fileExists(atPath: schema) ? URL(fileURLWithPath: schema).path : nil)
            let (text, skipped) = draft.yaml(from: traces)
            try Output.write(text, to: out, protecting: database.files)
            if !skipped.isEmpty {
                Console.warn("\(skipped.count) trace(s) have neither a case id nor a query and cannot be linked; left out: "
                             + skipped.prefix(5).joined(separator: ", "))
            }
            if out != "-" { Console.note("wrote \(out): a draft from run '\(runName)'; review it before you trust it") }
        }
    }
}
