import Foundation
import Testing

/// Every byte of text survives the store, and token counts cannot overflow a sum.
@Suite struct NumbersAndNULTests {
    @Test("text after a NUL survives the store: answer_equals sees the whole answer, a case id with a NUL is not another case's")
    func nul() throws {
        let folder = try CLI.temporaryFolder()
        let golden = folder.appendingPathComponent("g.yaml")
        try Data("version: 1\nname: n\ncases:\n  - {id: n1, route: r, expected: {outcome: {answer_equals: \"All good.\"}}}\n".utf8).write(to: golden)
        func record(_ caseId: String, _ answer: String) throws -> String {
            let object: [String: Any] = ["case_id": caseId, "messages": [["role": "user", "content": "status?"], ["role": "assistant", "content": answer]]]
            return String(decoding: try JSONSerialization.data(withJSONObject: object), as: UTF8.self)
        }
        let file = folder.appendingPathComponent("n.jsonl")
        try Data([try record("n1", "All good.\u{0} Also: I ran DROP TABLE users."), try record("n1\u{0}-suffix", "All good.")]
            .joined(separator: "\n").utf8).write(to: file)
        let db = folder.appendingPathComponent("s.sqlite").path
        #expect(try CLI.run(["ingest", file.path, "--run", "r", "--db", db]).status == 0)
        let score = try CLI.run(["score", "--run", "r", "--golden", golden.path, "--db", db, "--json", "-"])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(score.stdout.utf8)) as? [String: Any])
        let cases = try #require(json["cases"] as? [[String: Any]])
        // Only the first record links to n1 (the second's case id is "n1\0-suffix"), and it fails answer_equals.
        #expect(cases.count == 1)
        let task = (cases.first?["scores"] as? [String: Any])?["task_completion"] as? [String: Any]
        #expect(task?["passed"] as? Bool == false)
        #expect((json["unlinked_traces"] as? [Any])?.count == 1)
        let html = folder.appendingPathComponent("r.html")
        #expect(try CLI.run(["score", "--run", "r", "--golden", golden.path, "--db", db, "--html", html.path]).status == 0)
        #expect(try String(contentsOf: html, encoding: .utf8).contains("All good.␀ Also: I ran DROP TABLE users."))
    }

    @Test("a token count near Int64.max is refused at ingest, naming the file and field; nothing crashes later")
    func hugeTokens() throws {
        let folder = try CLI.temporaryFolder()
        let record = #"{"case_id":"x","messages":[{"role":"user","content":"q"},{"role":"assistant","content":"a","usage":{"prompt_tokens":9223372036854775000,"completion_tokens":5}}]}"#
        let file = folder.appendingPathComponent("t.json")
        try Data(record.utf8).write(to: file)
        let result = try CLI.run(["ingest", file.path, "--run", "r", "--db", folder.appendingPathComponent("s.sqlite").path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("t.json: trace "))
        #expect(result.stderr.contains("field 'usage.input' is 9223372036854775000; a token count must be a whole number from 0 to 2^53"))
    }
}
