import Foundation

/// Work on consecutive items split into chunks, one per core, done at once and returned in order.
/// Scoring, golden loading, OTLP span mapping, normalizing and the stores' row encoding use it; each
/// chunk's work must be pure.
public enum ChunkedWork {
    /// `work` applied to the chunks of `0..<count`, chunk 0 first: one chunk per core when each
    /// gets at least `minimum` items, else the whole range as one chunk on this thread.
    public static func map<Result: Sendable>(count: Int, minimum: Int, _ work: @Sendable (Range<Int>) -> Result) -> [Result] {
        let workers = min(ProcessInfo.processInfo.activeProcessorCount, max(1, count / minimum))
        guard workers > 1 else { return [work(0..<count)] }
        let size = (count + workers - 1) / workers
        let results = Results<Result>(count: workers)
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            results.set(worker, work((worker * size)..<min(count, (worker + 1) * size)))
        }
        return results.all()
    }

    /// `transform` applied to every item of `items`, in order: the items are split into chunks as
    /// ``map(count:minimum:_:)`` splits a range, and the chunks' results joined.
    public static func each<Items: RandomAccessCollection & Sendable, Result: Sendable>(
        _ items: Items, minimum: Int, _ transform: @Sendable (Items.Element) -> Result
    ) -> [Result] where Items.Index == Int {
        let start = items.startIndex
        return map(count: items.count, minimum: minimum) { range in
            items[(start + range.lowerBound)..<(start + range.upperBound)].map(transform)
        }.flatMap { $0 }
    }

    /// The chunks' results, stored from several threads.
    private final class Results<Result: Sendable>: @unchecked Sendable {
        private let lock = NSLock()
        private var results: [Result?]

        init(count: Int) { results = Array(repeating: nil, count: count) }

        func set(_ index: Int, _ result: Result) {
            lock.withLock { results[index] = result }
        }

        func all() -> [Result] {
            lock.withLock { results.map { $0! } }
        }
    }
}
