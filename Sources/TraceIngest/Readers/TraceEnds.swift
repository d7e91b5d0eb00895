import TraceJSON

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

    /// Reads every line of `lines` (a fresh reader of the file) and notes each trace id's last
    /// line: by the reader's byte scan where it has one, else (or where the scan is unsure) by
    /// parsing the line. A line that does not parse is left to the second pass to report.
    init(scanning lines: inout JSONLinesReader, reader: any TraceDocumentReader, parser: JSONDocumentParser) throws(IngestError) {
        var lastLine: [String: Int] = [:]
        try lines.scanLines { bytes, range, line in
            let ids = reader.scanTraceIds(bytes, range) ?? (try? parser.parse(bytes, range: range)).map(reader.traceIds) ?? []
            for id in ids { lastLine[id] = line }
        }
        self.lastLine = lastLine
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
