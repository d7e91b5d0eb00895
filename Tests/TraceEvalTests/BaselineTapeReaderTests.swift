import Foundation
import Testing
@testable import TraceEval

/// The tape reader of baseline files must give exactly what `JSONDecoder` gives, or step aside.
@Suite struct BaselineTapeReaderTests {
    private static func summary(_ index: Int) -> CaseSummary {
        let metrics = Metric.allCases.filter { ($0.rawValue.count + index) % 4 != 0 }
        var summary = CaseSummary(
            caseId: index % 3 == 0 ? "case \"\(index)\" é\\\u{1F600}" : "case-\(index)", route: "r\(index % 4)", critical: index % 5 == 0,
            trials: 1 + index % 3,
            scores: Dictionary(uniqueKeysWithValues: metrics.map { ($0, Double(index % 7) / 7 + ($0 == .stepEfficiency ? 0.05 : 0)) }),
            passed: Dictionary(uniqueKeysWithValues: metrics.map { ($0, index % 2 == 0) }),
            llmCalls: Double(index % 6), toolCalls: 2.5, tokens: 1e6 + Double(index), cost: index % 4 == 0 ? nil : 0.0001 * Double(index),
            latencyMs: 0.1 + Double(index), missingSteps: index % 2 == 0 ? [:] : ["search": index % 3],
            expectedSteps: ["search": 1 + index % 3, "book/flight": 2]
        )
        summary.fingerprint = index % 6 == 1 ? nil : String(index, radix: 16)
        return summary
    }

    private static let file = BaselineFile(run: "base", golden: "bench", cases: (0..<60).map(summary))

    @Test("a file tracegate wrote reads the same through the tape as through JSONDecoder")
    func sameAsFoundation() throws {
        let data = Data(try Self.file.encoded().utf8)
        let tape = try #require(BaselineTapeReader.read(data))
        #expect(tape == (try JSONDecoder().decode(BaselineFile.self, from: data)))
        #expect(tape == Self.file)
        // Compact, unsorted, with a member no tracegate writes: still read, the member ignored.
        let compact = try JSONEncoder().encode(Self.file)
        var object = try #require(try JSONSerialization.jsonObject(with: compact) as? [String: Any])
        object["note"] = ["free": "text"]
        #expect(BaselineTapeReader.read(try JSONSerialization.data(withJSONObject: object)) == Self.file)
    }

    @Test("a file that is not plainly well formed is left to JSONDecoder", arguments: [
        (#""trials" : 1"#, #""trials" : 1.0"#),
        (#""trials" : 1"#, #""trials" : "1""#),
        (#""trials" : 1"#, #""trials" : 1, "trials" : 2"#),
        (#""llm_calls" : 0,"#, #""llm_calls" : "0","#),
        (#""critical" : true,"#, #""critical" : null,"#),
        (#""task_completion""#, #""task_success""#),
        (#""search" : 1"#, #""search" : 1.5"#),
        (#""tracegate.baseline/2""#, #""tracegate.baseline/1""#),
        (#""route" : "r0","#, ""),
    ])
    func stepsAside(_ change: (String, String)) throws {
        let text = try Self.file.encoded()
        // Each change must apply, else the case would pass without testing anything.
        let range = try #require(text.range(of: change.0))
        var changed = text
        changed.replaceSubrange(range, with: change.1)
        #expect(BaselineTapeReader.read(Data(text.utf8)) != nil)
        #expect(BaselineTapeReader.read(Data(changed.utf8)) == nil)
    }

    @Test("cost and fingerprint may be null or absent, as JSONDecoder allows")
    func optionalFields() throws {
        let text = try Self.file.encoded()
            .replacingOccurrences(of: #""cost_usd" : 0.0001,"#, with: #""cost_usd" : null,"#)
            .replacingOccurrences(of: #""golden_fingerprint" : "0","#, with: #""golden_fingerprint" : null,"#)
        let data = Data(text.utf8)
        let tape = try #require(BaselineTapeReader.read(data))
        #expect(tape == (try JSONDecoder().decode(BaselineFile.self, from: data)))
        #expect(tape.cases.first { $0.caseId == "case-1" }?.cost == nil)
    }
}
