import Foundation
import Testing
@testable import TraceIngest
import TraceModel

@Suite struct TraceStreamTests {
    private func drain(_ path: String, chunkBytes: Int) throws -> (batches: [[Trace]], stream: TraceStream) {
        var stream = try Ingestor(options: IngestOptions(chunkBytes: chunkBytes)).stream(file: path)
        var batches: [[Trace]] = []
        while let batch = try stream.next() { batches.append(batch) }
        return (batches, stream)
    }

    @Test("spans written trace after trace: each trace is handed out once its last line is read, so one trace at most is held")
    func contiguous() throws {
        let whole = try Ingestor().read(file: SpanLines.dataset)
        let path = try SpanLines.write(try SpanLines.perTrace().flatMap { $0 })
        let (batches, stream) = try drain(path, chunkBytes: 4_096)
        // Traces complete in file order when their spans are contiguous; at any line boundary only
        // the trace being read is incomplete, and a 4 KB chunk ends inside some trace (each is larger).
        #expect(batches.flatMap { $0 } == whole.traces)
        #expect(batches.count > 1)
        #expect(stream.mostTracesHeld == 1)
        #expect(stream.report.traces == 25)
        #expect(stream.report.spans == whole.traces.reduce(0) { $0 + $1.spans.count })
        #expect(stream.report.bytes == (try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int))
    }

    @Test("a file that fits in one chunk is read in one pass and handed out in one batch")
    func oneChunk() throws {
        let (batches, stream) = try drain(SpanLines.dataset, chunkBytes: 1 << 20)
        #expect(batches.count == 1)
        #expect(batches[0].count == 25)
        #expect(stream.mostTracesHeld == 0)
    }

    @Test("a trace that appears again after it was handed out means the file changed between passes: an error, not a split trace")
    func reappearing() throws {
        var collector = RawTraceCollector(file: "f.jsonl", ends: TraceEnds(lastLine: ["a": 1, "b": 2]))
        let part = { (id: String) in RawTrace(traceId: id, spans: [], format: .otlp) }
        try collector.add([part("a"), part("b")])
        #expect(collector.takeComplete(through: 1).map(\.traceId) == ["a"])
        #expect(throws: IngestError.unreadable(file: "f.jsonl", reason: "it changed while it was read (trace a appeared "
            + "after its last line); nothing was stored, ingest it again")) {
            try collector.add([part("a")])
        }
    }

    @Test("a trace the first pass did not see is held to the end, never handed out in parts")
    func unknownTrace() throws {
        var collector = RawTraceCollector(file: "f.jsonl", ends: TraceEnds(lastLine: ["a": 1]))
        let span = { (id: String, spanId: String) in
            Span(traceId: id, spanId: spanId, kind: .agent, name: "s", start: 0, end: 1)
        }
        try collector.add([RawTrace(traceId: "x", spans: [span("x", "1")], format: .otlp)])
        #expect(collector.takeComplete(through: 5).isEmpty)
        try collector.add([RawTrace(traceId: "x", spans: [span("x", "2")], format: .otlp)])
        #expect(collector.takeAll().map { $0.spans.map(\.spanId) } == [["1", "2"]])
    }

    @Test("read on a second thread, the batches, their order and the report are those of reading the stream here")
    func prefetched() throws {
        let path = try SpanLines.write(SpanLines.dealt(try SpanLines.perTrace()))
        let (direct, stream) = try drain(path, chunkBytes: 4_096)
        let prefetcher = TracePrefetcher(try Ingestor(options: IngestOptions(chunkBytes: 4_096)).stream(file: path))
        var batches: [[Trace]] = []
        while let batch = try prefetcher.next() { batches.append(batch) }
        #expect(batches == direct)
        #expect(prefetcher.report.traces == stream.report.traces)
        #expect(prefetcher.report.spans == stream.report.spans)
        #expect(prefetcher.report.bytes == stream.report.bytes)
    }

    @Test("an error read on the second thread comes out after the batches read before it")
    func prefetchedError() throws {
        var lines = try SpanLines.perTrace().flatMap { $0 }
        lines.append(#"{"resourceSpans":[{"scopeSpans":[{"spans":[{"traceId":"ab","startTimeUnixNano":"1"}]}]}]}"#)
        let path = try SpanLines.write(lines)
        var direct = try Ingestor(options: IngestOptions(chunkBytes: 4_096)).stream(file: path)
        var directTraces = 0
        while let batch = try? direct.next() { directTraces += batch.count }
        let prefetcher = TracePrefetcher(try Ingestor(options: IngestOptions(chunkBytes: 4_096)).stream(file: path))
        var traces = 0
        let expected = IngestError.invalidRecord(file: path, line: lines.count, record: "span resourceSpans[0].scopeSpans[0].spans[0]",
                                                 field: "spanId", reason: "is missing or empty")
        #expect(throws: expected) {
            while let batch = try prefetcher.next() { traces += batch.count }
        }
        // The traces completed in chunks before the one holding the bad line came out first, as they
        // do when the stream is read here (the traces completed in that chunk are not handed out).
        #expect(traces == directTraces)
        #expect(traces > 0 && traces < 25)
    }
}
