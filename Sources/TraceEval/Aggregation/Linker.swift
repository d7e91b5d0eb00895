import TraceModel

/// Links traces to golden cases (GOLDEN.md order, first hit wins): the trace's case id (from
/// `tracegate.case_id` or the format's own id), then the case whose query equals the trace's first
/// user message after trimming and case-folding. Several traces of one case are trials.
public struct Linker: Sendable {
    private let dataset: GoldenDataset
    /// Each case id's position in the dataset.
    private let positions: [String: Int]
    /// The first case of each case-folded query, built when a trace first needs it (folding every
    /// case's query is most of linking a large run whose traces carry their case ids).
    private var byQuery: [String: Int]?

    /// A linker for the cases of `dataset`.
    public init(dataset: GoldenDataset) {
        self.dataset = dataset
        var positions: [String: Int] = [:]
        for (index, golden) in dataset.cases.enumerated() where positions[golden.id] == nil { positions[golden.id] = index }
        self.positions = positions
    }

    /// The position in the dataset of the case `trace` links to, or nil.
    public mutating func caseIndex(of trace: Trace) -> Int? {
        if let caseId = trace.caseId, let index = positions[caseId] { return index }
        guard let query = trace.query else { return nil }
        if byQuery == nil {
            var made: [String: Int] = [:]
            for (index, golden) in dataset.cases.enumerated() {
                guard let query = golden.query else { continue }
                let folded = Self.fold(query)
                if made[folded] == nil { made[folded] = index }
            }
            byQuery = made
        }
        return byQuery![Self.fold(query)]
    }

    static func fold(_ text: String) -> String {
        text.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
    }
}
