import TraceModel

/// Links traces to golden cases (GOLDEN.md order, first hit wins): the trace's case id (from
/// `tracegate.case_id` or the format's own id), then the case whose query equals the trace's first
/// user message after trimming and case-folding. Several traces of one case are trials.
public enum Linker {
    /// The result of linking.
    public struct Result: Sendable {
        /// Traces per case id, in trace order.
        public var traces: [String: [Trace]]
        /// Traces that link to no case, by id.
        public var unlinked: [String]
        /// Cases with no trace, in file order.
        public var casesWithoutTrace: [String]
    }

    /// Links `traces` to the cases of `dataset`.
    public static func link(_ traces: [Trace], to dataset: GoldenDataset) -> Result {
        let ids = Set(dataset.cases.map(\.id))
        // The query index is built only when a trace has no case id of the dataset (folding
        // every case's query is most of linking a large run whose traces carry their case ids).
        var index: [String: String]?
        func byQuery(_ query: String) -> String? {
            if index == nil {
                var made: [String: String] = [:]
                for golden in dataset.cases {
                    if let query = golden.query { made[fold(query)] = made[fold(query)] ?? golden.id }
                }
                index = made
            }
            return index![fold(query)]
        }
        var linked: [String: [Trace]] = [:]
        var unlinked: [String] = []
        for trace in traces {
            if let caseId = trace.caseId, ids.contains(caseId) {
                linked[caseId, default: []].append(trace)
            } else if let query = trace.query, let caseId = byQuery(query) {
                linked[caseId, default: []].append(trace)
            } else {
                unlinked.append(trace.traceId)
            }
        }
        return Result(traces: linked, unlinked: unlinked, casesWithoutTrace: dataset.cases.map(\.id).filter { linked[$0] == nil })
    }

    static func fold(_ text: String) -> String {
        text.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
    }
}

import Foundation
