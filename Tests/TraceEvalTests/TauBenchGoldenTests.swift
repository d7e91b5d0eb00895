import Foundation
import Testing
import TraceEval
import TraceIngest
import TraceModel
import Yams

@Suite struct TauBenchGoldenTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let command = "tracegate golden from-tau-bench datasets/tau-bench/gpt-4o-airline.json --out golden/tau-bench-airline.yaml"

    private func derive(_ relative: String) throws -> String {
        let results = try JSONFile.read(Self.root.appendingPathComponent(relative).path)
        return try TauBenchGolden(name: "tau-bench-airline", route: "airline", command: Self.command).derive(from: results)
    }

    @Test("the committed golden/tau-bench-airline.yaml is exactly what the documented command produces")
    func committedFileIsReproducible() throws {
        let committed = try String(contentsOf: Self.root.appendingPathComponent("golden/tau-bench-airline.yaml"), encoding: .utf8)
        #expect(try derive("datasets/tau-bench/gpt-4o-airline.json") == committed)
    }

    @Test("one case per task with the gold actions as tools and trajectory, and the recorded reward as outcome")
    func sampleRecords() throws {
        let yaml = try derive("Tests/TraceIngestTests/Fixtures/tau-bench/gpt-4o-airline.records-91-89-195.json")
        let document = try #require(try Yams.compose(yaml: yaml))
        #expect(document["version"]?.int == 1)
        #expect(document["defaults"]?["trajectory_mode"]?.string == "contains_expected")
        #expect(document["defaults"]?["args_match"]?.string == "exact")
        let cases = try #require(document["cases"]?.sequence)
        #expect(cases.map { $0["id"]?.string } == ["39", "41", "45"])
        // Task 41's gold actions, read off the file: one get_reservation_details(reservation_id: 3RK2T9).
        let task41 = cases[1]
        #expect(task41["expected"]?["tools"]?.sequence?.count == 1)
        #expect(task41["expected"]?["tools"]?[0]?["get_reservation_details"]?["reservation_id"]?.string == "3RK2T9")
        #expect(task41["expected"]?["trajectory"]?["steps"] == task41["expected"]?["tools"])
        #expect(task41["expected"]?["outcome"]?["recorded"]?.bool == true)
        #expect(task41["route"]?.string == "airline")
    }

    @Test("the whole file: 50 cases and 158 gold actions (datasets-external README §1.2)")
    func wholeFile() throws {
        let document = try #require(try Yams.compose(yaml: try derive("datasets/tau-bench/gpt-4o-airline.json")))
        let cases = try #require(document["cases"]?.sequence)
        #expect(cases.count == 50)
        #expect(cases.reduce(0) { $0 + ($1["expected"]?["tools"]?.sequence?.count ?? 0) } == 158)
    }

    @Test("strings that YAML would misread (numbers, dates, yes/no) are quoted and read back as strings")
    func quoting() throws {
        let results = JSONValue.array([.object([
            "task_id": .int(7),
            "info": .object(["task": .object(["actions": .array([.object([
                "name": .string("book"),
                "kwargs": .object(["date": .string("2024-05-20"), "insurance": .string("no"), "code": .string("0042"),
                                   "amount": .int(5), "note": .string("a: b # c")]),
            ])])])]),
        ])])
        let yaml = try TauBenchGolden(name: "t", route: "r", command: "c").derive(from: results)
        let kwargs = try #require(try Yams.compose(yaml: yaml)?["cases"]?[0]?["expected"]?["tools"]?[0]?["book"])
        #expect(kwargs["date"]?.string == "2024-05-20" && kwargs["date"]?.tag.description == "tag:yaml.org,2002:str")
        #expect(kwargs["insurance"]?.tag.description == "tag:yaml.org,2002:str")
        #expect(kwargs["code"]?.tag.description == "tag:yaml.org,2002:str")
        #expect(kwargs["amount"]?.int == 5)
        #expect(kwargs["note"]?.string == "a: b # c")
    }

    @Test("a record without task_id, or trials that disagree on the gold actions, is refused with the record named")
    func badInput() {
        #expect(throws: TauBenchGolden.DerivationError.self) {
            _ = try TauBenchGolden(name: "t", route: "r", command: "c").derive(from: .array([.object(["info": .null])]))
        }
        let action = { (id: String) in JSONValue.object(["name": .string("get"), "kwargs": .object(["id": .string(id)])]) }
        let record = { (id: String) in
            JSONValue.object(["task_id": .int(1), "info": .object(["task": .object(["actions": .array([action(id)])])])])
        }
        #expect {
            _ = try TauBenchGolden(name: "t", route: "r", command: "c").derive(from: .array([record("a"), record("b")]))
        } throws: { error in
            (error as? TauBenchGolden.DerivationError)?.message.contains("different gold actions") == true
        }
    }
}
