import TraceModel

/// Tool calls requested and not yet answered, in request order, with amortized constant-time
/// lookups by name and removal, so a list of a million messages is read in linear time.
struct PendingCalls {
    /// Positions of equal keys in request order, and how many at the front are already answered.
    private struct Queue {
        var indices: [Int] = []
        var cursor = 0
    }

    private var calls: [ToolCall?] = []
    /// Where each call was asked for (the position of the requesting span), by call position.
    private var origins: [Int] = []
    private var byName: [String: Queue] = [:]
    private var byCall: [ToolCall: Queue] = [:]

    /// Adds a call requested by the span at `origin`.
    mutating func append(_ call: ToolCall, origin: Int) {
        byName[call.name, default: Queue()].indices.append(calls.count)
        byCall[call, default: Queue()].indices.append(calls.count)
        calls.append(call)
        origins.append(origin)
    }

    /// Whether `call` is still waiting for its result.
    func isPending(_ call: ToolCall) -> Bool {
        guard let queue = byCall[call] else { return false }
        return queue.indices[queue.cursor...].contains { calls[$0] != nil }
    }

    /// The calls never answered, in request order, with the position of the span that asked for each.
    var unanswered: [(call: ToolCall, origin: Int)] {
        calls.indices.compactMap { index in calls[index].map { ($0, origins[index]) } }
    }

    /// The oldest pending call named `name`.
    mutating func first(named name: String) -> ToolCall? {
        guard var queue = byName[name] else { return nil }
        while queue.cursor < queue.indices.count, calls[queue.indices[queue.cursor]] == nil { queue.cursor += 1 }
        byName[name] = queue
        return queue.cursor < queue.indices.count ? calls[queue.indices[queue.cursor]] : nil
    }

    /// Removes the oldest pending occurrence of `call`, if any.
    mutating func remove(_ call: ToolCall) {
        guard var queue = byCall[call] else { return }
        while queue.cursor < queue.indices.count, calls[queue.indices[queue.cursor]] == nil { queue.cursor += 1 }
        if queue.cursor < queue.indices.count {
            calls[queue.indices[queue.cursor]] = nil
            queue.cursor += 1
        }
        byCall[call] = queue
    }
}
