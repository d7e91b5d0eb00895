import Foundation

/// The results of work split into numbered chunks done on several threads, joined in chunk order.
final class ChunkResults<Element: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var chunks: [[Element]]

    init(count: Int) { chunks = Array(repeating: [], count: count) }

    /// Stores chunk `index`.
    func set(_ index: Int, _ elements: [Element]) {
        lock.withLock { chunks[index] = elements }
    }

    /// Every chunk's elements, chunk 0 first.
    func joined() -> [Element] {
        lock.withLock { chunks.flatMap { $0 } }
    }
}
