import Foundation
import StoreTestSupport
import Testing
import TraceModel
@testable import TraceStore
import TestSupport

@Suite struct TraceStoreTests {
    private let folder = TemporaryPaths.path("tracegate-store")
    private var dbPath: String { folder.appendingPathComponent("nested/store.sqlite").path }

    private func sampleTrace(_ id: String, caseId: String? = "c-1") -> Trace {
        let spans = [
            Span(traceId: id, spanId: "a", kind: .agent, name: "invoke_agent ops", route: "ops", start: 1_760_000_000_000_000_000,
                 end: 1_760_000_002_000_000_000, attributes: ["gen_ai.agent.name": .string("ops")]),
            Span(traceId: id, spanId: "b", parentSpanId: "a", kind: .llm, name: "chat", step: 1,
                 requestedToolCalls: [ToolCall(name: "get_report", arguments: .object(["entity": .string("cluster-a")]), callId: "call_1")],
                 route: "ops", model: "gpt-4o", usage: TokenUsage(input: 120, output: 30, cacheRead: 64),
                 start: 1_760_000_000_100_000_000, end: 1_760_000_000_900_000_000, status: SpanStatus(code: .ok),
                 stopReason: StopReason(raw: "tool_calls"), userMessage: "How is cluster-a?",
                 attributes: ["gen_ai.usage.input_tokens": .int(120), "nested": .object(["k": .array([.double(1.5), .null])])]),
            Span(traceId: id, spanId: "c", parentSpanId: "a", kind: .tool, name: "execute_tool get_report", step: 1,
                 tool: ToolCall(name: "get_report", arguments: .object(["entity": .string("cluster-a")]), callId: "call_1", result: "ok"),
                 route: "ops", start: 1_760_000_001_000_000_000, end: 1_760_000_001_200_000_000,
                 status: SpanStatus(code: .error, message: "timeout")),
        ]
        return Trace(traceId: id, caseId: caseId, query: "How is cluster-a?", finalAnswer: "Fine.", architecture: .llmLed,
                     route: "ops", recordedOutcome: 1, format: "otlp", dialects: ["gen_ai"], spans: spans)
    }

    private func batch(_ traces: [Trace], file: String = "f.json") -> IngestBatch {
        IngestBatch(file: file, format: "otlp", bytes: 100, traces: traces)
    }

    @Test("a trace written and read back is the same value, spans, tools, tokens and attributes included", arguments: StoreBackend.allCases)
    func roundTrip(backend: StoreBackend) throws {
        let store = try backend.makeStore(in: folder)
        let trace = sampleTrace("t1")
        let summary = try store.insert(batch([trace]), run: "baseline", at: "2026-01-01T00:00:00Z")
        #expect(summary == InsertSummary(inserted: 1, replaced: 0, spans: 3))
        let loaded = try store.trace(id: "t1", run: "baseline")
        #expect(loaded.run == "baseline")
        #expect(loaded.trace == trace)
        #expect(try store.traces(run: "baseline") == [trace])
        #expect(try store.evaluationTraces(run: "baseline") == [TraceDigest.evaluationView(of: trace)])
    }

    @Test("a run read in batches of three gives every trace once, in start order, as when read whole", arguments: StoreBackend.allCases)
    func evaluationBatches(backend: StoreBackend) throws {
        let store = try backend.makeStore(in: folder)
        // Eleven traces starting at one instant (their order falls to the trace id), one earlier.
        var traces = (0..<11).map { sampleTrace("t\($0)") }
        traces[7].spans = traces[7].spans.map { span in
            var earlier = span
            earlier.start -= 1_000
            return earlier
        }
        try store.insert(batch(traces), run: "r", at: "2026-01-01T00:00:00Z")
        var batches: [[Trace]] = []
        try store.evaluationTraces(run: "r", batchSize: 3) { batches.append($0) }
        let whole = try store.evaluationTraces(run: "r")
        #expect(batches.map(\.count) == [3, 3, 3, 2])
        #expect(batches.flatMap { $0 } == whole)
        #expect(whole.map(\.traceId) == ["t7", "t0", "t1", "t10", "t2", "t3", "t4", "t5", "t6", "t8", "t9"])
    }

    @Test("a trace stored before digests existed (no digest) is read for scoring from its spans")
    func withoutDigest() throws {
        let store = try SQLiteStore(path: dbPath)
        let trace = sampleTrace("t1")
        try store.insert(batch([trace, sampleTrace("t2")]), run: "old", at: "2026-01-01T00:00:00Z")
        try store.forgetDigest(run: "old", traceId: "t1")
        let read = try store.evaluationTraces(run: "old")
        #expect(read.map(\.traceId) == ["t1", "t2"])
        #expect(read[0] == TraceDigest.evaluationView(of: trace))
    }

    @Test("ingesting the same trace into the same run again replaces it instead of duplicating it", arguments: StoreBackend.allCases)
    func reingest(backend: StoreBackend) throws {
        let store = try backend.makeStore(in: folder)
        try store.insert(batch([sampleTrace("t1")]), run: "r", at: "x")
        let second = try store.insert(batch([sampleTrace("t1"), sampleTrace("t2")]), run: "r", at: "y")
        #expect(second == InsertSummary(inserted: 1, replaced: 1, spans: 6))
        let runs = try store.runs()
        #expect(runs.count == 1)
        #expect(runs[0].traces == 2)
        #expect(runs[0].spans == 6)
        #expect(runs[0].files == 2)
        #expect(runs[0].architectures == ["llm-led": 2])
    }

    @Test("a batch large enough to be encoded on every core is written whole, and a trace given twice keeps its later copy",
          arguments: StoreBackend.allCases)
    func wideBatch(backend: StoreBackend) throws {
        let store = try backend.makeStore(in: folder)
        // 200 traces (past the 32 per core at which encoding splits); t50 comes again at 150 with another case.
        var traces = (0..<200).map { sampleTrace("t\($0)", caseId: "c-\($0)") }
        traces[150] = sampleTrace("t50", caseId: "c-later")
        let summary = try store.insert(batch(traces), run: "r", at: "x")
        // 199 traces of 3 spans are stored; the earlier copy of t50 is replaced within the batch.
        #expect(summary == InsertSummary(inserted: 199, replaced: 1, spans: 597))
        #expect(try store.runs().map(\.spans) == [597])
        let stored = Dictionary(uniqueKeysWithValues: try store.traces(run: "r").map { ($0.traceId, $0) })
        #expect(stored.count == 199)
        #expect(stored["t50"] == traces[150])
        for trace in traces where trace.traceId != "t50" { #expect(stored[trace.traceId] == trace) }
    }

    @Test("a batch that fails half way writes nothing: the run, its traces and spans stay as they were", arguments: StoreBackend.allCases)
    func atomicBatch(backend: StoreBackend) throws {
        let store = try backend.makeStore(in: folder)
        try store.insert(batch([sampleTrace("t0")]), run: "r", at: "x")
        var broken = sampleTrace("t2")
        broken.spans.append(broken.spans[0])  // a repeated span id violates the primary key
        #expect(throws: StoreError.self) {
            try store.insert(batch([sampleTrace("t1"), broken]), run: "r", at: "y")
        }
        #expect(throws: StoreError.self) {
            try store.insert(batch([broken]), run: "new-run", at: "y")
        }
        let runs = try store.runs()
        #expect(runs.map(\.name) == ["r"])
        #expect(runs[0].traces == 1)
        #expect(runs[0].spans == 3)
        #expect(runs[0].files == 1)
        #expect(try StoreBackend.isSound(store))
    }

    @Test("unknown runs and traces give errors that list what exists; a trace in two runs needs --run", arguments: StoreBackend.allCases)
    func lookups(backend: StoreBackend) throws {
        let store = try backend.makeStore(in: folder)
        try store.insert(batch([sampleTrace("t1")]), run: "a", at: "x")
        try store.insert(batch([sampleTrace("t1")]), run: "b", at: "x")
        #expect(throws: StoreError.runNotFound(name: "zz", available: ["a", "b"])) { _ = try store.traces(run: "zz") }
        #expect(throws: StoreError.ambiguousTrace(traceId: "t1", runs: ["a", "b"])) { _ = try store.trace(id: "t1", run: nil) }
        #expect(throws: StoreError.traceNotFound(traceId: "nope", run: nil)) { _ = try store.trace(id: "nope", run: nil) }
        #expect(try store.trace(id: "t1", run: "b").run == "b")
        #expect(try store.traceSummaries(run: "a").map(\.tokens) == [150])
    }

    @Test("the store runs in WAL mode so readers and a writer can share it")
    func walMode() throws {
        _ = try SQLiteStore(path: dbPath)
        let reopened = try SQLiteStore(path: dbPath)
        #expect(try reopened.journalMode() == "wal")
    }
}

extension SQLiteStore {
    /// Clears one trace's digest, as a store written before digests existed has none.
    func forgetDigest(run: String, traceId: String) throws {
        try write { db in
            try db.execute(sql: "UPDATE traces SET digest = NULL WHERE trace_id = ? AND run_id = (SELECT id FROM runs WHERE name = ?)",
                           arguments: [traceId, run])
        }
    }
}

@Suite struct StoreContentTests {
    private let folder = TemporaryPaths.path("tracegate-content")

    @Test("every byte of trace content reads back as written: NUL, tabs, newlines, backslashes, quotes and any script",
          arguments: StoreBackend.allCases)
    func hostileContent(backend: StoreBackend) throws {
        let store = try backend.makeStore(in: folder)
        let nasty = "a\u{0}b\tc\nd\re\\f\"g'h\\N\\x00 ünï 中文 🙂 \u{1B}[31m"
        let span = Span(traceId: nasty, spanId: nasty, kind: .tool, name: nasty, step: 1,
                        tool: ToolCall(name: nasty, arguments: .object([nasty: .string(nasty)]), callId: nasty, result: nasty),
                        route: nasty, model: nasty, start: -5, end: Int64.max, status: SpanStatus(code: .error, message: nasty),
                        stopReason: StopReason(raw: nasty), userMessage: nasty, outputText: nasty, attributes: [nasty: .string(nasty)])
        let trace = Trace(traceId: nasty, caseId: nasty, query: nasty, finalAnswer: nasty, architecture: .llmLed, route: nasty,
                          recordedOutcome: -0.125, format: "otlp", dialects: ["gen_ai"], spans: [span])
        try store.insert(IngestBatch(file: nasty, format: "otlp", bytes: 1, traces: [trace]), run: "r", at: "t")
        #expect(try store.trace(id: nasty, run: "r").trace == trace)
        #expect(try store.traces(run: "r") == [trace])
        #expect(try store.traceSummaries(run: "r").map(\.traceId) == [nasty])
        #expect(try store.evaluationTraces(run: "r") == [TraceDigest.evaluationView(of: trace)])
        try store.saveScores([ScoreRow(traceId: nasty, caseId: nasty, metric: "m", score: 0.5, passed: true, details: nasty)], run: "r", golden: nasty)
        #expect(try store.scores(run: "r", golden: nasty) == [ScoreRow(traceId: nasty, caseId: nasty, metric: "m", score: 0.5, passed: true, details: nasty)])
        #expect(try store.deleteRun("r") == 1)
        #expect(try store.runs().isEmpty)
    }
}
