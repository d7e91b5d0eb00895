import Testing
import TraceIngest

@Suite struct DocumentSplitterTests {
    private let jsonl = Array("{\"a\":1}\n\n{\"a\":2}\n{\"a\": oops}\n{\"a\":4}\n".utf8)

    @Test("a file of several JSON values is read as JSON Lines, one document per non-blank line")
    func jsonLines() throws {
        let (documents, _) = try DocumentSplitter(skipInvalid: true).split(jsonl, file: "x.json")
        #expect(documents.map(\.line) == [1, 3, 5])
        #expect(documents.map { $0.root["a"].int64 } == [1, 2, 4])
    }

    @Test("a malformed line is an error naming the file and the line, unless --skip-invalid")
    func malformedLine() throws {
        #expect(throws: IngestError.malformedJSON(file: "x.jsonl", line: 4, column: 7,
                                                  reason: "unexpected character 'o': expected a JSON value")) {
            _ = try DocumentSplitter().split(jsonl, file: "x.jsonl")
        }
        let (_, skipped) = try DocumentSplitter(skipInvalid: true).split(jsonl, file: "x.jsonl")
        #expect(skipped.map(\.line) == [4])
        #expect(skipped[0].file == "x.jsonl")
    }

    @Test("an empty file is its own clear error")
    func empty() {
        #expect(throws: IngestError.empty(file: "e.json")) { _ = try DocumentSplitter().split(Array(" \n".utf8), file: "e.json") }
    }

    @Test("a truncated single document is an error at its last line")
    func truncated() {
        let text = Array("{\n \"resourceSpans\": [\n  {\"scopeSpans\": [".utf8)
        #expect {
            _ = try DocumentSplitter().split(text, file: "t.json")
        } throws: { error in
            guard case .malformedJSON(let file, let line, _, let reason) = error as? IngestError else { return false }
            return file == "t.json" && line == 3 && reason.contains("truncated")
        }
    }
}
