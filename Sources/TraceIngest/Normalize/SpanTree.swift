import TraceModel

/// Orders a trace's spans as a tree walked depth first, children by start time, and notes the
/// repairs it had to make (duplicate ids, orphans, cycles) as warnings.
///
/// The walk runs on positions, not spans: each span is copied once, into its place in `ordered`.
struct SpanTree {
    /// Spans in trajectory order.
    let ordered: [Span]
    /// What was repaired.
    let warnings: [String]

    init(_ spans: [Span]) {
        var warnings: [String] = []
        // The positions in `spans` of the first span with each id (a repeat is dropped).
        var kept: [Int] = []
        kept.reserveCapacity(spans.count)
        var seen: Set<String> = []
        seen.reserveCapacity(spans.count)
        for index in spans.indices {
            if seen.insert(spans[index].spanId).inserted {
                kept.append(index)
            } else {
                warnings.append("trace \(spans[index].traceId): duplicate span id \(spans[index].spanId); kept the first, dropped the repeat")
            }
        }
        // From here on a span is named by its position in `kept`.
        var children: [String: [Int]] = [:]
        var roots: [Int] = []
        for (position, index) in kept.enumerated() {
            if let parent = spans[index].parentSpanId, seen.contains(parent), parent != spans[index].spanId {
                children[parent, default: []].append(position)
            } else {
                if let parent = spans[index].parentSpanId {
                    warnings.append("trace \(spans[index].traceId): span \(spans[index].spanId) names parent \(parent), which is not in the trace; read as a root")
                }
                roots.append(position)
            }
        }
        let starts = kept.map { spans[$0].start }
        let byStart: (Int, Int) -> Bool = { starts[$0] != starts[$1] ? starts[$0] < starts[$1] : $0 < $1 }
        var ordered: [Span] = []
        ordered.reserveCapacity(kept.count)
        var visited = [Bool](repeating: false, count: kept.count)
        func walk(_ start: [Int]) {
            var stack: [(Int, Bool)] = start.sorted(by: byStart).reversed().map { ($0, true) }
            while let (position, isRoot) = stack.popLast() {
                guard !visited[position] else { continue }
                visited[position] = true
                ordered.append(spans[kept[position]])
                if isRoot { ordered[ordered.count - 1].parentSpanId = nil }
                let kids = (children[spans[kept[position]].spanId] ?? []).sorted(by: byStart)
                stack.append(contentsOf: kids.reversed().map { ($0, false) })
            }
        }
        walk(roots)
        let unreached = kept.indices.filter { !visited[$0] }
        if !unreached.isEmpty {
            warnings.append("trace \(spans[kept[unreached[0]]].traceId): \(unreached.count) span(s) form a parent cycle; read from the earliest as a root")
            for position in unreached.sorted(by: byStart) where !visited[position] {
                walk([position])
            }
        }
        self.ordered = ordered
        self.warnings = warnings
    }
}
