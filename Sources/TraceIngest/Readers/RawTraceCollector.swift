import TraceJSON
/// Gathers raw traces read batch by batch, merging the parts of a trace that arrive in different
/// batches, and hands each trace out once no later line of the file holds any of it.
///
/// Which line is a trace's last comes from a first pass over the file (``TraceEnds``). A trace the
/// first pass did not see is held to the end, so the hand-out never splits a trace; memory is
/// bounded by the traces open at one point of the file, not by the file.
struct RawTraceCollector {
    private let file: String
    private let maxSpans: Int
    private var ends: TraceEnds
    private var open: [String: RawTrace] = [:]
    /// Open trace ids in order of first appearance.
    private var order: [String] = []
    /// The most traces held at once between hand-outs: what bounds memory besides the chunk.
    private(set) var mostHeld = 0

    /// A collector for `file` whose traces end where `ends` says (empty: every trace is held to the end).
    init(file: String, ends: TraceEnds = TraceEnds(), maxSpans: Int = JSONLimits.default.maxTraceSpans) {
        self.file = file
        self.ends = ends
        self.maxSpans = maxSpans
    }

    private func checkSize(_ trace: RawTrace) throws(IngestError) {
        guard trace.spans.count > maxSpans else { return }
        throw .tooManySpans(file: file, traceId: trace.traceId, limit: maxSpans)
    }

    /// Token counts outside 0…2^53, from any reader: refused, since a sum of them would overflow.
    private func checkCounts(_ trace: RawTrace) throws(IngestError) {
        let limit = Int64(ScalarRepair.maxCount)
        for span in trace.spans {
            guard let usage = span.usage else { continue }
            for (field, value) in [("usage.input", usage.input), ("usage.output", usage.output), ("usage.cache_read", usage.cacheRead)]
                where value < 0 || value > limit {
                throw .invalidSpan(file: file, traceId: trace.traceId, spanId: span.spanId, field: field,
                                   reason: "is \(value); a token count must be a whole number from 0 to 2^53")
            }
        }
    }

    /// Adds a batch: a trace seen before gets the new spans and dialects; facts already known stay.
    mutating func add(_ batch: [RawTrace]) throws(IngestError) {
        for trace in batch {
            guard var known = open[trace.traceId] else {
                if ends.wasHandedOut(trace.traceId) {
                    throw .unreadable(file: file, reason: "it changed while it was read (trace \(trace.traceId) "
                        + "appeared after its last line); nothing was stored, ingest it again")
                }
                try checkSize(trace)
                try checkCounts(trace)
                open[trace.traceId] = trace
                order.append(trace.traceId)
                continue
            }
            open[trace.traceId] = nil
            known.absorb(trace)
            try checkSize(known)
            try checkCounts(trace)
            open[trace.traceId] = known
        }
    }

    /// Removes and returns, in order of first appearance, the traces whose last line is at or before `line`.
    mutating func takeComplete(through line: Int) -> [RawTrace] {
        var complete: [RawTrace] = []
        var stillOpen: [String] = []
        for id in order {
            guard ends.isComplete(id, at: line) else { stillOpen.append(id); continue }
            complete.append(open.removeValue(forKey: id)!)
            ends.markHandedOut(id)
        }
        order = stillOpen
        mostHeld = max(mostHeld, order.count)
        return complete
    }

    /// Removes and returns every trace still held, in order of first appearance.
    mutating func takeAll() -> [RawTrace] {
        mostHeld = max(mostHeld, order.count)
        defer { open = [:]; order = [] }
        return order.map { open[$0]! }
    }
}
