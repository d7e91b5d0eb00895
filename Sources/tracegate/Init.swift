import ArgumentParser
import Foundation
import TraceEval

extension TraceGateCommand {
    /// `tracegate init`: a commented golden example, tracegate.yaml and a CI workflow to start from.
    struct Init: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write a commented golden dataset, a tracegate.yaml and a GitHub Actions workflow to start from.",
            discussion: """
                Writes golden/golden.yaml, golden/tracegate.yaml and .github/workflows/tracegate.yml under \
                --dir (the current folder by default). The YAML files name their JSON Schema on their \
                first line, so editors with the YAML language server complete and check them. Nothing is \
                overwritten: if any of the files exists, nothing is written.

                Next: export your agent's traces, 'tracegate ingest traces/ --run main', then \
                'tracegate score --run main --golden golden/golden.yaml' (or 'tracegate golden from-run \
                --run main --out golden/golden.yaml' to draft the cases from a run you trust).
                """
        )

        @Option(help: ArgumentHelp("The project folder.", valueName: "dir")) var dir: String = "."

        func run() throws {
            let schemas = BundledData.folder("docs") + "/schema"
            func schemaLine(_ file: String) -> String {
                let path = URL(fileURLWithPath: schemas + "/" + file).path
                return FileManager.default.fileExists(atPath: path) ? "# yaml-language-server: $schema=\(path)\n" : ""
            }
            let files: [(String, String)] = [
                ("golden/golden.yaml", schemaLine("golden.schema.json") + InitTemplates.golden),
                ("golden/tracegate.yaml", schemaLine("config.schema.json") + GateConfig.defaultsYAML),
                (".github/workflows/tracegate.yml", InitTemplates.workflow),
            ]
            let root = URL(fileURLWithPath: dir)
            let existing = files.map { root.appendingPathComponent($0.0).path }.filter { FileManager.default.fileExists(atPath: $0) }
            guard existing.isEmpty else {
                throw ValidationErrorWithExit("not overwriting \(existing.joined(separator: ", ")); nothing was written (move them away, or use another --dir)")
            }
            for (relative, text) in files {
                try Output.write(text, to: root.appendingPathComponent(relative).path)
                Console.note("wrote \(root.appendingPathComponent(relative).path)")
            }
        }
    }
}
