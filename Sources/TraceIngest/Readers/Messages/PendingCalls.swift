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
    private var byName: [String: Queue] = [:]
    private var byCall: [ToolCall: Queue] = [:]

    /// Adds a requested call.
    mutating func append(_ call: ToolCall) {
        byName[call.name, default: Queue()].indices.append(calls.count)
        byCall[call, default: Queue()].indices.append(calls.count)
        calls.append(call)
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
