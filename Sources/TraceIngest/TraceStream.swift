import TraceModel

/// One file's traces, handed out a batch at a time: each ``next()`` gives the traces completed since
/// the last call, normalized, and ``report`` counts them.
///
/// A JSON Lines file in a format whose documents stand alone (OTLP) is read one chunk at a time,
/// and a trace is handed out as soon as the line holding its last span is read, so memory stays
/// bounded by a chunk and the traces open at one point of the file. Other formats relate records
/// across the file (a LangSmith run and its later patch), so all their documents are read first.
public struct TraceStream {
    /// Counts so far; complete once ``next()`` has returned nil.
    public private(set) var report: FileReport
    /// The most traces held at once, waiting for a later line to complete them (all of them for a
    /// format read whole): besides one chunk of input, this is what the stream keeps in memory.
    public var mostTracesHeld: Int { collector.mostHeld }
    private let reader: any TraceDocumentReader
    /// What turns raw traces into traces.
    let normalizer: Normalizer
    private var lines: (any DocumentBatches)?
    private var pending: [SourceDocument]
    private var collector: RawTraceCollector
    private let wholeBytes: Int
    private var finished = false

    /// A stream of `file`, read by `reader`, whose first documents are `first` and whose further
    /// lines (if any) come from `lines`; traces end where `ends` says.
    init(file: String, reader: any TraceDocumentReader, normalizer: Normalizer, first: [SourceDocument],
         lines: (any DocumentBatches)?, ends: TraceEnds, wholeBytes: Int, maxTraceSpans: Int) {
        report = FileReport(file: file, format: reader.format)
        self.reader = reader
        self.normalizer = normalizer
        self.lines = lines
        pending = first
        collector = RawTraceCollector(file: file, ends: ends, maxSpans: maxTraceSpans)
        self.wholeBytes = wholeBytes
    }

    /// Bytes of the file read so far (all of it for a file read whole).
    public var bytesRead: Int { lines?.bytesRead ?? wholeBytes }

    /// The traces completed since the last call (never an empty batch), or nil once the file is read.
    public mutating func next() throws(IngestError) -> [Trace]? {
        guard let raws = try nextRawBatch() else { return nil }
        return Self.count(Self.normalize(raws, with: normalizer), into: &report)
    }

    /// The raw traces completed since the last call (never empty), or nil once the file is read,
    /// when ``report`` gets the bytes read and the lines skipped. ``normalize(_:with:into:)`` finishes them.
    mutating func nextRawBatch() throws(IngestError) -> [RawTrace]? {
        while !finished {
            let raws = try nextRaw()
            if !raws.isEmpty { return raws }
        }
        report.bytes = lines?.bytesRead ?? wholeBytes
        report.skipped = lines?.skipped ?? []
        return nil
    }

    private mutating func nextRaw() throws(IngestError) -> [RawTrace] {
        if reader.readsInBatches {
            var batch = pending
            pending = []
            if batch.isEmpty { batch = try lines?.nextBatch() ?? [] }
            guard let last = batch.last else {
                finished = true
                return collector.takeAll()
            }
            try collector.add(try reader.read(batch, file: report.file))
            return collector.takeComplete(through: last.line)
        }
        while let batch = try lines?.nextBatch() { pending += batch }
        finished = true
        try collector.add(try reader.read(pending, file: report.file))
        pending = []
        return collector.takeAll()
    }

    /// Normalizes raw traces with `normalizer`, in order. Each trace is normalized on its own, so
    /// a batch is split across every core.
    static func normalize(_ raws: [RawTrace], with normalizer: Normalizer) -> [(trace: Trace, warnings: [String])] {
        ChunkedWork.each(raws, minimum: 32) { normalizer.normalize($0) }
    }

    /// The traces of `normalized`, each counted in `report` with its repairs.
    static func count(_ normalized: [(trace: Trace, warnings: [String])], into report: inout FileReport) -> [Trace] {
        normalized.map { trace, repairs in
            report.count(trace, repairs: repairs)
            return trace
        }
    }
}
