import ArgumentParser
import Foundation
import TraceEval
import TraceReport

extension TraceGateCommand {
    /// `tracegate gate`: fail the build when a route regresses.
    struct Gate: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Fail (exit 2) when the candidate regresses on a route; pass (exit 0) otherwise.",
            discussion: """
                Compares the candidate with a baseline (a run in the store, or a committed baseline \
                file from 'tracegate baseline') per route and metric. A route × metric fails when its \
                mean fell by more than max_drop and the drop is significant (exact McNemar for pass/fail \
                metrics, seeded paired bootstrap otherwise, Holm-corrected across all tests), when a \
                floor is crossed, or when a critical case goes pass → fail. A drop that is not \
                significant, or with too few cases, warns. Thresholds come from --config \
                (tracegate.yaml); see them with --print-config.

                Exit codes: 0 passed (warnings allowed unless --strict), 2 regression, 1 bad input.
                With GITHUB_ACTIONS=true it also prints ::error/::warning annotations.

                Examples:
                  tracegate gate --candidate pr --baseline-file golden/baseline.json --golden golden/ops.yaml
                  tracegate gate --candidate v2 --baseline v1 --golden golden/ops.yaml --junit reports/gate.xml
                """
        )

        @Option(help: ArgumentHelp("The candidate run.", valueName: "name")) var candidate: String?
        @Option(help: ArgumentHelp("A baseline run in the store.", valueName: "name")) var baseline: String?
        @Option(help: ArgumentHelp("A baseline file written by 'tracegate baseline'.", valueName: "file")) var baselineFile: String?
        @Option(help: ArgumentHelp("The golden dataset (YAML or JSON).", valueName: "file")) var golden: String?
        @Option(help: ArgumentHelp("Gate thresholds (tracegate.yaml); defaults when omitted.", valueName: "file")) var config: String?
        @OptionGroup var database: DatabaseOptions
        @OptionGroup var prices: PriceOptions
        @Option(help: ArgumentHelp("Write the gate JSON here.", valueName: "file")) var json: String?
        @Option(help: ArgumentHelp("Write Markdown here (e.g. $GITHUB_STEP_SUMMARY).", valueName: "file")) var markdown: String?
        @Option(help: ArgumentHelp("Write JUnit XML here.", valueName: "file")) var junit: String?
        @Option(help: ArgumentHelp("Write a self-contained HTML report here.", valueName: "file")) var html: String?
        @Flag(help: "Warnings fail the gate too.") var strict = false
        @Flag(help: "Print the configuration in force (the defaults, or --config merged over them) and exit.") var printConfig = false

        func validate() throws {
            if printConfig { return }
            guard candidate != nil else { throw ValidationError("--candidate is required") }
            guard golden != nil else { throw ValidationError("--golden is required") }
            guard (baseline == nil) != (baselineFile == nil) else {
                throw ValidationError("give exactly one of --baseline NAME (a run in the store) or --baseline-file FILE")
            }
        }

        func run() throws {
            let gateConfig = try loadConfig()
            if printConfig {
                print(config == nil ? GateConfig.defaultsYAML : GateConfigText.render(gateConfig), terminator: "")
                return
            }
            let (dataset, fingerprint) = try GoldenFile.loadWithFingerprint(golden!)
            let scoring = RunScoring(store: try database.open(), dataset: dataset, options: EvaluationOptions(prices: try prices.table()))
            let baselineCases: [CaseSummary]
            let baselineName: String
            if let baselineFile {
                let data = try Data(contentsOf: URL(fileURLWithPath: baselineFile))
                let file = try BaselineFile.decode(data, file: baselineFile, expectedFingerprint: fingerprint, golden: dataset.name)
                (baselineCases, baselineName) = (file.cases, "\(file.run) (\(baselineFile))")
            } else {
                (baselineCases, baselineName) = (try scoring.summaries(baseline!), baseline!)
            }
            let comparison = Comparer().compare(baseline: baselineCases, candidate: try scoring.summaries(candidate!),
                                                names: (baselineName, candidate!, dataset.name))
            let result = TraceEval.Gate(config: gateConfig).judge(comparison)
            if let json { try Output.write(ComparisonJSON.gate(result, strict: strict).prettyText + "\n", to: json) }
            if let markdown { try Output.write(GateMarkdown.render(result, strict: strict), to: markdown) }
            if let junit { try Output.write(JUnitReport.render(result), to: junit) }
            if let html { try Output.write(CompareHTML.render(comparison, gate: result, strict: strict), to: html) }
            GateSummary.lines(result, strict: strict).forEach(Console.out)
            if ProcessInfo.processInfo.environment["GITHUB_ACTIONS"] == "true" { GateSummary.annotations(result).forEach(Console.out) }
            if result.status == .fail || (strict && result.status == .warn) { throw ExitCode(2) }
        }

        private func loadConfig() throws -> GateConfig {
            guard let config else { return GateConfig() }
            let text: String
            do { text = try String(contentsOfFile: config, encoding: .utf8) } catch {
                throw ValidationErrorWithExit("cannot read the gate config \(config): \((error as NSError).localizedDescription)")
            }
            return try GateConfigLoader().load(text, file: config)
        }
    }
}
