/// The line of a JSON Lines file where each trace is last seen, found by a first pass over the file,
/// so a second pass can hand a trace on as soon as it is complete.
struct TraceEnds {
    private static let handedOut = -1
    private var lastLine: [String: Int] = [:]

    /// No trace known: every trace is held to the end of the file.
    init() {}

    /// Traces known to end on the given lines.
    init(lastLine: [String: Int]) {
        self.lastLine = lastLine
    }

    /// Reads every document of `lines` (a fresh reader of the file) and notes each trace id's last line.
    init(scanning lines: inout JSONLinesReader, reader: any TraceDocumentReader) throws(IngestError) {
        while let batch = try lines.nextBatch() {
            for document in batch {
                for id in reader.traceIds(in: document.root) { lastLine[id] = document.line }
            }
        }
    }

    /// True when the first pass saw `id` last at or before `line`.
    func isComplete(_ id: String, at line: Int) -> Bool {
        guard let last = lastLine[id] else { return false }
        return last != Self.handedOut && last <= line
    }

    /// True when `id` was handed on already.
    func wasHandedOut(_ id: String) -> Bool { lastLine[id] == Self.handedOut }

    /// Notes that `id` was handed on; it must not appear again.
    mutating func markHandedOut(_ id: String) { lastLine[id] = Self.handedOut }
}
