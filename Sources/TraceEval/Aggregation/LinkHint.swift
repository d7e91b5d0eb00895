/// Why a trace links to no case, and the case it most likely meant: the nearest case id (by edit
/// distance) when the trace names one, else the case whose query shares the most words with the
/// trace's first user message.
public enum LinkHint {
    /// One sentence for the trace, or nil when nothing is close.
    public static func hint(for trace: TraceFacts, in dataset: GoldenDataset) -> String? {
        if let caseId = trace.caseId {
            let nearest = dataset.cases.map { ($0.id, EditDistance.between(caseId, $0.id)) }.min { $0.1 != $1.1 ? $0.1 < $1.1 : $0.0 < $1.0 }
            if let nearest, nearest.1 <= max(2, caseId.count / 3) {
                return "trace \(trace.traceId) names case '\(caseId)', which the golden does not have; closest: '\(nearest.0)'"
            }
            return "trace \(trace.traceId) names case '\(caseId)', which the golden does not have"
        }
        guard let query = trace.query else {
            return "trace \(trace.traceId) has no case id and no user message to link by"
        }
        let words = Set(Linker.fold(query).split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init))
        let scored = dataset.cases.compactMap { golden -> (String, Double)? in
            guard let other = golden.query else { return nil }
            let theirs = Set(Linker.fold(other).split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init))
            let union = words.union(theirs).count
            return union == 0 ? nil : (golden.id, Double(words.intersection(theirs).count) / Double(union))
        }.max { $0.1 != $1.1 ? $0.1 < $1.1 : $0.0 > $1.0 }
        let start = "trace \(trace.traceId) has no case id and its query matches no case's"
        guard let scored, scored.1 >= 0.5 else { return start }
        return start + "; closest: '\(scored.0)' (\(Int((scored.1 * 100).rounded())) % of words shared): give it tracegate.case_id"
    }

    /// What a hint needs of a trace.
    public struct TraceFacts: Sendable {
        public var traceId: String
        public var caseId: String?
        public var query: String?

        public init(traceId: String, caseId: String?, query: String?) {
            self.traceId = traceId
            self.caseId = caseId
            self.query = query
        }
    }
}
