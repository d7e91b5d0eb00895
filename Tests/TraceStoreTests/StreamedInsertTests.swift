import Foundation
import StoreTestSupport
import Testing
import TraceIngest
import TraceModel
import TraceStore
import TestSupport

@Suite struct StreamedInsertTests {
    /// Reads `file` in 4 KiB chunks on the prefetch thread and writes it into run `r`, as `ingest` does.
    @discardableResult
    static func ingest(_ file: String, into store: TraceStore) throws -> (report: FileReport, result: InsertSummary) {
        try Ingestor(options: IngestOptions(chunkBytes: 4_096)).prefetch(file: file) { next, report in
            try store.insert(file: file, run: "r", at: "t", batches: next, described: { (report().format.rawValue, report().bytes) })
        }
    }

    private let folder = TemporaryPaths.path("tracegate-streamed")
    private static let dataset = URL(fileURLWithPath: #filePath)
        .appendingPathComponent("../../../datasets/ops-llm-led/traces.otlp.jsonl").standardized.path

    /// The bundled ops dataset (one trace per line) with `extra` appended as a last line.
    private func datasetPlus(_ extra: String) throws -> String {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent("traces.jsonl").path
        let text = try String(contentsOfFile: Self.dataset, encoding: .utf8)
        try Data((text + extra + "\n").utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test("a file streamed into the store in small chunks lands like the same traces inserted at once", arguments: StoreBackend.allCases)
    func sameAsBatch(backend: StoreBackend) throws {
        let whole = try Ingestor().read(file: Self.dataset)
        let batchStore = try backend.makeStore(in: folder)
        try batchStore.insert(IngestBatch(file: "f", format: "otlp", bytes: whole.bytes, traces: whole.traces), run: "r", at: "t")
        let streamStore = try backend.makeStore(in: folder)
        let (report, written) = try Self.ingest(Self.dataset, into: streamStore)
        #expect(report.traces == 25)
        #expect(written == InsertSummary(inserted: 25, replaced: 0, spans: whole.spanCount))
        #expect(try streamStore.traces(run: "r") == batchStore.traces(run: "r"))
        #expect(try streamStore.runs().map(\.name) == ["r"])
    }

    @Test("an error on a file's last line, after earlier traces were written, rolls the whole file back", arguments: StoreBackend.allCases)
    func rollback(backend: StoreBackend) throws {
        let broken = #"{"resourceSpans":[{"scopeSpans":[{"spans":[{"traceId":"ab","startTimeUnixNano":"1"}]}]}]}"#
        let path = try datasetPlus(broken)
        let store = try backend.makeStore(in: folder)
        try store.insert(IngestBatch(file: "earlier", format: "otlp", bytes: 1, traces: []), run: "kept", at: "t")
        let expected = IngestError.invalidRecord(file: path, line: 26, record: "span resourceSpans[0].scopeSpans[0].spans[0]",
                                                 field: "spanId", reason: "is missing or empty")
        #expect(throws: expected) {
            try Self.ingest(path, into: store)
        }
        #expect(try store.runs().map(\.name) == ["kept"])
        #expect(try store.traceSummaries(run: "kept").isEmpty)
        #expect(try StoreBackend.isSound(store))
    }

    @Test("a span row the database refuses (two spans with one id) is a store error naming the constraint, and the batch is not written",
          arguments: StoreBackend.allCases)
    func refusedRow(backend: StoreBackend) throws {
        let store = try backend.makeStore(in: folder)
        let span = Span(traceId: "t", spanId: "s", kind: .agent, name: "a", start: 0, end: 1)
        let trace = Trace(traceId: "t", architecture: .llmLed, format: "otlp", spans: [span, span])
        do {
            try store.insert(IngestBatch(file: "f", format: "otlp", bytes: 1, traces: [trace]), run: "r", at: "t")
            Issue.record("the insert should have failed")
        } catch {
            guard case .database(let message) = error else { Issue.record("\(error)"); return }
            let constraint = backend == .sqlite ? "UNIQUE constraint failed: spans.run_id, spans.trace_id, spans.span_id"
                : "duplicate key value violates unique constraint \"spans_pkey\""
            #expect(message.contains(constraint), "\(message)")
        }
        #expect(try store.runs().isEmpty)
    }
}
