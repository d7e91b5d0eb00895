import Foundation
import Testing

/// Message lists in the shapes agentevals', Ragas' and DeepEval's unit tests use (calls without
/// result messages, results without ids), scored through the binary.
@Suite struct MessageShapesTests {
    static let golden = """
        version: 1
        name: shapes
        cases:
          - id: w1
            route: r
            expected:
              tools: [{get_weather: {city: London}}, {get_weather: {city: SF}}]
              trajectory: {mode: exact, steps: [{get_weather: {city: London}}, {get_weather: {city: SF}}]}
          - id: w2
            route: r
            expected:
              tools: [{search: {q: flights}}]
              forbidden_tools: [delete_account]

        """

    private func call(_ name: String, _ arguments: String, id: String?) -> String {
        (id.map { #"{"id":"\#($0)","type":"function","function":{"name":"\#(name)","arguments":"\#(arguments)"}}"# }
            ?? #"{"type":"function","function":{"name":"\#(name)","arguments":"\#(arguments)"}}"#)
    }

    /// Scores `records` (JSON Lines) and returns the score JSON's cases.
    private func score(_ records: [String]) throws -> [[String: Any]] {
        let folder = try CLI.temporaryFolder()
        let file = folder.appendingPathComponent("m.jsonl")
        try Data(records.joined(separator: "\n").utf8).write(to: file)
        let golden = folder.appendingPathComponent("g.yaml")
        try Data(Self.golden.utf8).write(to: golden)
        let db = folder.appendingPathComponent("s.sqlite").path
        let ingest = try CLI.run(["ingest", file.path, "--run", "r", "--db", db])
        #expect(ingest.status == 0, "\(ingest.stderr)")
        let result = try CLI.run(["score", "--run", "r", "--golden", golden.path, "--db", db, "--json", "-"])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        return try #require(json["cases"] as? [[String: Any]])
    }

    private func verdicts(_ cases: [[String: Any]]) -> [String] {
        cases.map { item in
            let metrics = (item["scores"] as? [String: [String: Any]]) ?? [:]
            return "\(item["case"] ?? "?"):" + metrics.keys.sorted().map { "\($0)=\(metrics[$0]?["passed"] as? Bool ?? false)" }.joined(separator: ",")
        }.sorted()
    }

    @Test("calls without result messages count: the same verdicts as with ids and results; an unexpected tool is seen")
    func withoutResults() throws {
        let user = #"{"role":"user","content":"weather in SF and London"}"#
        let full = #"{"case_id":"w1","messages":[\#(user),{"role":"assistant","content":null,"tool_calls":[\#(call("get_weather", #"{\"city\":\"SF\"}"#, id: "a")),\#(call("get_weather", #"{\"city\":\"London\"}"#, id: "b"))]},{"role":"tool","tool_call_id":"a","content":"sunny"},{"role":"tool","tool_call_id":"b","content":"rain"},{"role":"assistant","content":"done"}]}"#
        let bare = #"{"case_id":"w1","messages":[\#(user),{"role":"assistant","content":null,"tool_calls":[\#(call("get_weather", #"{\"city\":\"SF\"}"#, id: nil)),\#(call("get_weather", #"{\"city\":\"London\"}"#, id: nil))]},{"role":"assistant","content":"done"}]}"#
        let forbidden = #"{"case_id":"w2","messages":[{"role":"user","content":"find flights"},{"role":"assistant","content":null,"tool_calls":[\#(call("search", #"{\"q\":\"flights\"}"#, id: nil)),\#(call("delete_account", "{}", id: nil))]}]}"#
        let withIds = try score([full])
        let without = try score([bare])
        #expect(verdicts(withIds) == verdicts(without))
        #expect(verdicts(without) == ["w1:tool_selection_accuracy=true,trajectory_score=true"])
        // The forbidden call has no result message, and is still seen: selection fails.
        #expect(verdicts(try score([forbidden])) == ["w2:tool_selection_accuracy=false"])
    }

    @Test("a tool message with neither id nor name answers the oldest pending call of its turn, with one warning")
    func noIdNoName() throws {
        let folder = try CLI.temporaryFolder()
        let record = #"{"case_id":"w1","messages":[{"role":"user","content":"weather"},{"role":"assistant","content":null,"tool_calls":[\#(call("get_weather", #"{\"city\":\"London\"}"#, id: nil)),\#(call("get_weather", #"{\"city\":\"SF\"}"#, id: nil))]},{"role":"tool","content":"rain"},{"role":"tool","content":"Error: no such city"}]}"#
        let file = folder.appendingPathComponent("m.json")
        try Data(record.utf8).write(to: file)
        let db = folder.appendingPathComponent("s.sqlite").path
        let ingest = try CLI.run(["ingest", file.path, "--run", "r", "--db", db])
        #expect(ingest.status == 0)
        #expect(ingest.stderr.components(separatedBy: "no tool_call_id and no name").count == 2, "warned once: \(ingest.stderr)")
        let show = try CLI.run(["show", "--run", "r", "--db", db])
        let traceId = try #require(show.stdout.split(separator: "\n").dropFirst(2).first?.split(separator: " ").first.map(String.init))
        let tree = try CLI.run(["show", traceId, "--db", db]).stdout
        #expect(!tree.contains("unknown("), "no call named 'unknown': \(tree)")
        #expect(tree.contains(#"get_weather({"city":"London"})"#) && tree.contains("ERROR: Error: no such city"))
    }

    @Test("identical records are separate traces: three trials of one case give pass^3")
    func identicalTrials() throws {
        let trial = #"{"case_id":"w2","messages":[{"role":"user","content":"find flights"},{"role":"assistant","content":null,"tool_calls":[\#(call("search", #"{\"q\":\"flights\"}"#, id: "s"))]},{"role":"tool","tool_call_id":"s","content":"3 flights"}]}"#
        let cases = try score([trial, trial, trial])
        #expect(cases.count == 3)
        #expect(Set(cases.compactMap { $0["trace"] as? String }).count == 3)
    }

    @Test("two records with the same explicit id are an error naming both lines")
    func duplicateIds() throws {
        let folder = try CLI.temporaryFolder()
        let record = #"{"id":"t1","messages":[{"role":"user","content":"x"}]}"#
        let file = folder.appendingPathComponent("m.jsonl")
        try Data([record, record].joined(separator: "\n").utf8).write(to: file)
        let result = try CLI.run(["ingest", file.path, "--run", "r", "--db", folder.appendingPathComponent("s.sqlite").path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("m.jsonl:2:"), "\(result.stderr)")
        #expect(result.stderr.contains("is 't1', the same as the record at line 1"))
    }
}
