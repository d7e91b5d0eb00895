import Foundation
import Testing
import TraceIngest
import TraceModel
import TraceJSON
import TestSupport

@Suite struct JSONLinesReaderTests {
    private static let text = "{\"a\":1}\n\n{\"a\": [\"a long line that spans several small chunks\", 2]}\r\n{\"a\": oops}\n  \n{\"a\":4}"

    private func write(_ text: String) throws -> String {
        let url = TemporaryPaths.path("tracegate-lines", suffix: ".jsonl")
        try Data(text.utf8).write(to: url)
        return url.path
    }

    private func readAll(_ path: String, chunk: Int, skipInvalid: Bool = true) throws -> ([SourceDocument], [SkippedLine]) {
        var reader = try JSONLinesReader(path: path, limits: .default, skipInvalid: skipInvalid,
                                         parser: JSONDocumentParser(), chunkBytes: chunk)
        var documents: [SourceDocument] = []
        while let batch = try reader.nextBatch() { documents += batch }
        return (documents, reader.skipped)
    }

    @Test("reading a file in chunks of any size gives the documents, line numbers and skips of reading it whole", arguments: [1, 7, 16, 64, 1 << 20])
    func chunked(chunk: Int) throws {
        let path = try write(Self.text)
        let (whole, wholeSkipped) = try DocumentSplitter(skipInvalid: true).split(Array(Self.text.utf8), file: path)
        let (documents, skipped) = try readAll(path, chunk: chunk)
        #expect(documents.map(\.line) == [1, 3, 6])
        #expect(documents.map(\.line) == whole.map(\.line))
        #expect(documents.map(\.root.value) == whole.map(\.root.value))
        #expect(skipped == wholeSkipped && skipped.map(\.line) == [4])
    }

    @Test("a malformed line fails with its line and column however the file is chunked")
    func malformed() throws {
        let path = try write(Self.text)
        #expect(throws: IngestError.malformedJSON(file: path, line: 4, column: 7, reason: "unexpected character 'o': expected a JSON value")) {
            _ = try readAll(path, chunk: 5, skipInvalid: false)
        }
    }

    @Test("a line above --max-line-mb reports its whole length though only part of it was buffered")
    func longLine() throws {
        let line = "[\"" + String(repeating: "x", count: 3 << 20) + "\"]"
        let path = try write("{}\n" + line + "\n{}\n")
        var reader = try JSONLinesReader(path: path, limits: JSONLimits(maxLineBytes: 1 << 20), skipInvalid: false,
                                         parser: JSONDocumentParser(), chunkBytes: 1 << 16)
        #expect(throws: IngestError.tooLarge(file: path, line: 2, bytes: line.utf8.count, limit: 1 << 20, flag: "--max-line-mb")) {
            while try reader.nextBatch() != nil {}
        }
    }

    @Test("a JSON Lines file streamed from disk in small chunks, each trace's spans on lines far apart, gives the traces of reading it at once")
    func streamedIngest() throws {
        let whole = try Ingestor().read(file: SpanLines.dataset)
        let path = try SpanLines.write(SpanLines.dealt(try SpanLines.perTrace()))
        let streamed = try Ingestor(options: IngestOptions(chunkBytes: 4_096)).read(file: path)
        #expect(whole.traces.count == 25)
        // Streamed traces come out as they complete; as a set they are the whole file's.
        let byId = Dictionary(uniqueKeysWithValues: streamed.traces.map { ($0.traceId, $0) })
        #expect(streamed.traces.count == whole.traces.count)
        for trace in whole.traces { #expect(byId[trace.traceId] == trace) }
        #expect(streamed.warnings.isEmpty)
    }
}
