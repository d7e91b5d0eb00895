import Testing
import TraceIngest
import TraceModel
import TraceServe

/// When held spans become a trace to write, and the bound on what is held.
@Suite struct TraceAssemblerTests {
    static func raw(_ traceId: String, _ spans: [(id: String, parent: String?)]) -> RawTrace {
        RawTrace(traceId: traceId, spans: spans.map { Span(traceId: traceId, spanId: $0.id, parentSpanId: $0.parent, kind: .other, name: $0.id, start: 0, end: 1) },
                 format: .otlp)
    }

    @Test("a trace is ready once its root came and it was quiet for the settle time; without a root, after the idle time")
    func readiness() {
        let assembler = TraceAssembler(capacity: 100, settle: 1, idle: 10)
        #expect(.accepted(late: 0) == assembler.offer([("r", [Self.raw("a", [("child", "root")])])], now: 0))
        #expect(.accepted(late: 0) == assembler.offer([("r", [Self.raw("a", [("root", nil)]), Self.raw("b", [("orphan", "missing")])])], now: 1))
        #expect(assembler.take(now: 1.5).isEmpty)
        let settled = assembler.take(now: 2)
        #expect(settled.map(\.key.traceId) == ["a"] && settled[0].trace.spans.map(\.spanId) == ["child", "root"])
        #expect(assembler.take(now: 10.5).isEmpty)
        #expect(assembler.take(now: 11).map(\.key.traceId) == ["b"])
        #expect(assembler.spansHeld == 0)
    }

    @Test("a late span reopens a trace written within the idle time; later than that it is refused, not written as a fragment")
    func lateSpan() {
        let assembler = TraceAssembler(capacity: 100, settle: 0, idle: 10)
        #expect(.accepted(late: 0) == assembler.offer([("r", [Self.raw("a", [("root", nil)])])], now: 0))
        #expect(assembler.take(now: 0).count == 1)
        #expect(.accepted(late: 0) == assembler.offer([("r", [Self.raw("a", [("late", "root")])])], now: 5))
        let again = assembler.take(now: 5)
        #expect(again.map { $0.trace.spans.map(\.spanId) } == [["root", "late"]])
        #expect(assembler.take(now: 5).isEmpty)
        // Past the idle time its spans are gone: a late span would replace it with a fragment, so it is refused.
        #expect(assembler.offer([("r", [Self.raw("a", [("later", "root")])])], now: 20) == .accepted(late: 1))
        #expect(assembler.take(now: 31).isEmpty && assembler.spansHeld == 0)
    }

    @Test("a request that would pass the capacity is refused whole; runs keep traces of one id apart; take everything drains")
    func capacity() {
        let assembler = TraceAssembler(capacity: 3, settle: 100, idle: 100)
        #expect(.accepted(late: 0) == assembler.offer([("r1", [Self.raw("a", [("1", nil), ("2", "1")])]), ("r2", [Self.raw("a", [("1", nil)])])], now: 0))
        #expect(assembler.offer([("r1", [Self.raw("b", [("1", nil)])])], now: 0) == .full)
        #expect(assembler.spansHeld == 3)
        let all = assembler.take(now: 0, everything: true)
        #expect(all.map(\.key) == [TraceAssembler.Key(run: "r1", traceId: "a"), TraceAssembler.Key(run: "r2", traceId: "a")])
        #expect(.accepted(late: 0) == assembler.offer([("r1", [Self.raw("b", [("1", nil)])])], now: 1))
    }
}

/// Traces whose writing failed come back, ready, and count against the capacity.
@Suite struct TraceAssemblerRestoreTests {
    @Test("restored traces are held again, ready at once, merged with spans that came meanwhile")
    func restore() {
        let assembler = TraceAssembler(capacity: 100, settle: 0, idle: 10)
        #expect(assembler.offer([("r", [TraceAssemblerTests.raw("a", [("root", nil)])])], now: 0) == .accepted(late: 0))
        let taken = assembler.take(now: 0)
        #expect(taken.count == 1 && assembler.spansHeld == 0)
        #expect(assembler.offer([("r", [TraceAssemblerTests.raw("a", [("late", "root")])])], now: 1) == .accepted(late: 0))
        assembler.restore(taken, now: 1)
        // The late span reopened the trace with its root already; restoring adds nothing twice.
        #expect(assembler.spansHeld == 2)
        let again = assembler.take(now: 1)
        #expect(again.map { $0.trace.spans.map(\.spanId) } == [["root", "late"]])
        // A trace not reopened comes back whole and ready at once.
        #expect(assembler.offer([("r", [TraceAssemblerTests.raw("b", [("root", nil)])])], now: 2) == .accepted(late: 0))
        let b = assembler.take(now: 2)
        assembler.restore(b, now: 2)
        #expect(assembler.spansHeld == 1)
        #expect(assembler.take(now: 2).map(\.key.traceId) == ["b"])
    }
}
