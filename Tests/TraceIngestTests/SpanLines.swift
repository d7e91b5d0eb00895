import Foundation
import TraceIngest
import TraceModel
import TraceJSON
import TestSupport

/// The bundled ops dataset (25 traces, one per line) cut into one OTLP document per span, so a
/// test can lay a trace's spans out over lines as it likes.
enum SpanLines {
    /// The dataset file.
    static let dataset = Fixtures.root.appendingPathComponent("../../../datasets/ops-llm-led/traces.otlp.jsonl").standardized.path

    /// Per trace (in file order), one single-span OTLP document per span.
    static func perTrace() throws -> [[String]] {
        var perTrace: [[String]] = []
        for line in try String(contentsOfFile: dataset, encoding: .utf8).split(separator: "\n") {
            let root = try JSONParser.parse(String(line))
            var spans: [String] = []
            for resource in root["resourceSpans"]?.arrayValue ?? [] {
                for scope in resource["scopeSpans"]?.arrayValue ?? [] {
                    for span in scope["spans"]?.arrayValue ?? [] {
                        let single: JSONValue = .object(["resourceSpans": .array([.object([
                            "resource": resource["resource"] ?? .object([:]),
                            "scopeSpans": .array([.object(["scope": scope["scope"] ?? .object([:]), "spans": .array([span])])]),
                        ])])])
                        spans.append(single.canonicalText)
                    }
                }
            }
            perTrace.append(spans)
        }
        return perTrace
    }

    /// Dealt round-robin: trace 1's spans land on lines 1, n+1, 2n+1, ...
    static func dealt(_ perTrace: [[String]]) -> [String] {
        var dealt: [String] = []
        for round in 0..<(perTrace.map(\.count).max() ?? 0) {
            dealt += perTrace.compactMap { round < $0.count ? $0[round] : nil }
        }
        return dealt
    }

    /// Writes `lines` as a JSON Lines file in a fresh temporary folder.
    static func write(_ lines: [String]) throws -> String {
        let folder = try TemporaryPaths.folder("tracegate-spanlines")
        let path = folder.appendingPathComponent("spans.jsonl").path
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: URL(fileURLWithPath: path))
        return path
    }
}
