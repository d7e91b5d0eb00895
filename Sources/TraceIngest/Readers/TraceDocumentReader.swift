import TraceJSON
/// A reader of one document shape: it says whether a document is its kind and maps it to raw traces.
public protocol TraceDocumentReader: Sendable {
    /// The format this reader handles.
    var format: TraceFormat { get }
    /// True when documents can be read batch by batch (each document stands alone and a trace's
    /// parts in different batches merge by trace id), so a large file never sits in memory whole.
    var readsInBatches: Bool { get }
    /// True when `root` (the first document of a file) has this reader's shape.
    func matches(_ root: JSONView) -> Bool
    /// Reads every document of `file` into raw traces; structural errors name the file, line and field.
    func read(_ documents: [SourceDocument], file: String) throws(IngestError) -> [RawTrace]
    /// The trace ids a document holds parts of, as ``read(_:file:)`` would name them. A reader that
    /// reads in batches answers it, so the ingestor can hand a trace on once its last line is read.
    func traceIds(in root: JSONView) -> [String]
    /// ``traceIds(in:)`` from the bytes of one line without parsing it (a superset is allowed, never
    /// fewer), or nil when the reader cannot tell without a parse.
    func scanTraceIds(_ bytes: UnsafeBufferPointer<UInt8>, _ line: Range<Int>) -> [String]?
}

extension TraceDocumentReader {
    /// By default a reader sees all documents at once (records may refer to earlier or later ones).
    public var readsInBatches: Bool { false }

    /// By default no ids are known, so every trace is held until the whole file is read.
    public func traceIds(in root: JSONView) -> [String] { [] }

    /// By default every line is parsed.
    public func scanTraceIds(_ bytes: UnsafeBufferPointer<UInt8>, _ line: Range<Int>) -> [String]? { nil }
}
