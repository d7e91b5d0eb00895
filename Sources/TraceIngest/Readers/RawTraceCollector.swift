/// Gathers raw traces read batch by batch, merging the parts of a trace that arrive in different batches.
struct RawTraceCollector {
    private var traces: [String: Int] = [:]
    /// The traces in order of first appearance.
    private(set) var ordered: [RawTrace] = []

    /// Adds a batch: a trace seen before gets the new spans and dialects; facts already known stay.
    mutating func add(_ batch: [RawTrace]) {
        for trace in batch {
            guard let position = traces[trace.traceId] else {
                traces[trace.traceId] = ordered.count
                ordered.append(trace)
                continue
            }
            ordered[position].spans += trace.spans
            ordered[position].dialects.formUnion(trace.dialects)
            ordered[position].caseId = ordered[position].caseId ?? trace.caseId
            ordered[position].query = ordered[position].query ?? trace.query
            ordered[position].finalAnswer = ordered[position].finalAnswer ?? trace.finalAnswer
            ordered[position].recordedOutcome = ordered[position].recordedOutcome ?? trace.recordedOutcome
        }
    }
}
