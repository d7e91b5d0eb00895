import Foundation
import Testing
import TraceEval
import TestSupport

/// docs/schema/*.schema.json against the loaders: every bundled file is valid under both, and a
/// table of bad files is refused by both (validated with Python's jsonschema, an independent
/// implementation of JSON Schema).
@Suite struct SchemaAgreementTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Runs scripts/validate_schema.py; the lines it printed, per file.
    private func validate(_ schema: String, _ files: [String]) throws -> [String: Bool] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", Self.root.appendingPathComponent("scripts/validate_schema.py").path,
                             Self.root.appendingPathComponent("docs/schema/\(schema)").path] + files
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        var verdicts: [String: Bool] = [:]
        for line in text.split(separator: "\n") {
            if line.hasPrefix("valid ") { verdicts[String(line.dropFirst(6))] = true }
            if line.hasPrefix("invalid "), let colon = line.dropFirst(8).firstIndex(of: ":") {
                verdicts[String(line[line.index(line.startIndex, offsetBy: 8)..<colon])] = false
            }
        }
        return verdicts
    }

    @Test("every bundled golden file and tracegate.yaml is valid under its schema and loads")
    func bundled() throws {
        let folder = Self.root.appendingPathComponent("golden")
        let goldens = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".yaml") && $0 != "tracegate.yaml" }
            .map { folder.appendingPathComponent($0).path }
        #expect(goldens.count >= 5)
        let verdicts = try validate("golden.schema.json", goldens)
        #expect(goldens.allSatisfy { verdicts[$0] == true }, "\(verdicts)")
        for path in goldens { _ = try GoldenLoader().load(try String(contentsOfFile: path, encoding: .utf8), file: path) }
        let config = folder.appendingPathComponent("tracegate.yaml").path
        #expect(try validate("config.schema.json", [config])[config] == true)
    }

    static let badGoldens: [(String, String)] = [
        ("unknown-top-key", "version: 1\nname: g\ncases: []\nextra: 1\n"),
        ("missing-route", "version: 1\nname: g\ncases:\n  - {id: a}\n"),
        ("unknown-case-key", "version: 1\nname: g\ncases:\n  - {id: a, route: r, weight: 2}\n"),
        ("bad-mode", "version: 1\nname: g\ndefaults: {trajectory_mode: sideways}\ncases: []\n"),
        ("bad-threshold", "version: 1\nname: g\ndefaults: {thresholds: {task_completion: 2}}\ncases: []\n"),
        ("unknown-outcome", "version: 1\nname: g\ncases:\n  - {id: a, route: r, expected: {outcome: {answer_startswith: x}}}\n"),
        ("absent-false", "version: 1\nname: g\ncases:\n  - {id: a, route: r, expected: {tools: [{f: {x: {absent: false}}}]}}\n"),
        ("absent-in-oneof", "version: 1\nname: g\ncases:\n  - {id: a, route: r, expected: {tools: [{f: {x: {oneOf: [1, {absent: true}]}}}]}}\n"),
        ("empty-fields", "version: 1\nname: g\ncases:\n  - {id: a, route: r, expected: {tools: [{f: {x: {fields: {}}}}]}}\n"),
        ("two-key-call", "version: 1\nname: g\ncases:\n  - {id: a, route: r, expected: {tools: [{f: {}, g: {}}]}}\n"),
        ("bad-termination", "version: 1\nname: g\ncases:\n  - {id: a, route: r, expected: {outcome: {termination: crashed}}}\n"),
        ("version-2", "version: 2\nname: g\ncases: []\n"),
    ]

    @Test("a table of bad golden files: the loader and the schema both refuse each")
    func badGoldensAgree() throws {
        try refusedByBoth(Self.badGoldens, schema: "golden.schema.json") { text, path in _ = try GoldenLoader().load(text, file: path) }
    }

    /// Writes each bad file, checks the loader throws a GoldenError for it, then the schema refuses it.
    private func refusedByBoth(_ table: [(String, String)], schema: String, load: (String, String) throws -> Void) throws {
        let folder = try TemporaryPaths.folder("tracegate-schema")
        var paths: [String] = []
        for (name, text) in table {
            let path = folder.appendingPathComponent("\(name).yaml").path
            try text.write(toFile: path, atomically: true, encoding: .utf8)
            paths.append(path)
            #expect(throws: GoldenError.self, "\(name)") { try load(text, path) }
        }
        let verdicts = try validate(schema, paths)
        for path in paths { #expect(verdicts[path] == false, "the schema accepts \(path)") }
    }

    static let badConfigs: [(String, String)] = [
        ("typo", "version: 1\nalpah: 0.1\n"),
        ("unknown-metric", "version: 1\nmetrics: {task_complete: {max_drop: 0.1}}\n"),
        ("max-drop-2", "version: 1\nmetrics: {task_completion: {max_drop: 2}}\n"),
        ("policy-maybe", "version: 1\nunlinked_traces: maybe\n"),
        ("limit-missing", "version: 1\ncost: {}\n"),
    ]

    @Test("a table of bad gate configs: the loader and the schema both refuse each")
    func badConfigsAgree() throws {
        try refusedByBoth(Self.badConfigs, schema: "config.schema.json") { text, path in _ = try GateConfigLoader().load(text, file: path) }
    }
}
