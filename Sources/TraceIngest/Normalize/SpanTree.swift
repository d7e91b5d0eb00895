import TraceModel

/// Orders a trace's spans as a tree walked depth first, children by start time, and notes the
/// repairs it had to make (duplicate ids, orphans, cycles) as warnings.
struct SpanTree {
    /// Spans in trajectory order.
    let ordered: [Span]
    /// The depth of each span in `ordered` (0 for roots).
    let depths: [Int]
    /// What was repaired.
    let warnings: [String]

    init(_ spans: [Span]) {
        var warnings: [String] = []
        var unique: [Span] = []
        var seen: Set<String> = []
        for span in spans {
            if seen.insert(span.spanId).inserted {
                unique.append(span)
            } else {
                warnings.append("trace \(span.traceId): duplicate span id \(span.spanId); kept the first, dropped the repeat")
            }
        }
        var children: [String: [Int]] = [:]
        var roots: [Int] = []
        for (index, span) in unique.enumerated() {
            if let parent = span.parentSpanId, seen.contains(parent), parent != span.spanId {
                children[parent, default: []].append(index)
            } else {
                if let parent = span.parentSpanId {
                    warnings.append("trace \(span.traceId): span \(span.spanId) names parent \(parent), which is not in the trace; read as a root")
                }
                roots.append(index)
            }
        }
        let byStart: (Int, Int) -> Bool = { unique[$0].start != unique[$1].start ? unique[$0].start < unique[$1].start : $0 < $1 }
        var ordered: [Span] = []
        var depths: [Int] = []
        var visited = Set<Int>()
        func walk(_ start: [Int]) {
            var stack: [(Int, Int)] = start.sorted(by: byStart).reversed().map { ($0, 0) }
            while let (index, depth) = stack.popLast() {
                guard visited.insert(index).inserted else { continue }
                var span = unique[index]
                if depth == 0 { span.parentSpanId = nil }
                ordered.append(span)
                depths.append(depth)
                let kids = (children[unique[index].spanId] ?? []).sorted(by: byStart)
                stack.append(contentsOf: kids.reversed().map { ($0, depth + 1) })
            }
        }
        walk(roots)
        let unreached = unique.indices.filter { !visited.contains($0) }
        if !unreached.isEmpty {
            warnings.append("trace \(unique[unreached[0]].traceId): \(unreached.count) span(s) form a parent cycle; read from the earliest as a root")
            for index in unreached.sorted(by: byStart) where !visited.contains(index) {
                walk([index])
            }
        }
        self.ordered = ordered
        self.depths = depths
        self.warnings = warnings
    }
}
