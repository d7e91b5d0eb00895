import ArgumentParser
import Foundation
import TraceEval
import TraceIngest

extension TraceGateCommand.Golden {
    /// `tracegate golden from-tau-bench`: a golden dataset from τ-bench ground truth.
    struct FromTauBench: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "from-tau-bench",
            abstract: "Derive a golden dataset from a τ-bench results file's ground truth.",
            discussion: """
                One case per task_id. The gold actions (info.task.actions) become the tools the agent \
                must call and the reference trajectory (contains_expected: every gold call must \
                appear; extra calls are allowed); success is the recorded reward (outcome.recorded). \
                Arguments match exactly by default.

                Example (how golden/tau-bench-airline.yaml is made):
                  tracegate golden from-tau-bench datasets/tau-bench/gpt-4o-airline.json \\
                      --out golden/tau-bench-airline.yaml
                """
        )

        @Argument(help: ArgumentHelp("A τ-bench results file (a JSON array of {task_id, trial, reward, info, traj}).",
                                     valueName: "results.json"))
        var file: String

        @Option(help: ArgumentHelp("Where to write the golden YAML; '-' writes to standard output.", valueName: "file"))
        var out: String = "-"

        @Option(help: ArgumentHelp("The dataset name; defaults to tau-bench-<domain> from the file name.", valueName: "name"))
        var name: String?

        @Option(help: ArgumentHelp("The route of every case; defaults to the domain in the file name.", valueName: "route"))
        var route: String?

        func run() throws {
            let domain = Self.domain(of: file)
            let deriver = TauBenchGolden(
                name: name ?? "tau-bench-\(domain)", route: route ?? domain,
                command: "tracegate golden from-tau-bench \(file) --out \(out)"
            )
            let yaml = try deriver.derive(from: JSONFile.read(file))
            if out == "-" {
                print(yaml, terminator: "")
            } else {
                try Data(yaml.utf8).write(to: URL(fileURLWithPath: out), options: .atomic)
                Console.note("wrote \(out)")
            }
        }

        /// `airline` from `gpt-4o-airline.json`: the last dash-separated word of the file name.
        static func domain(of path: String) -> String {
            let base = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
            return base.split(separator: "-").last.map(String.init) ?? base
        }
    }
}
