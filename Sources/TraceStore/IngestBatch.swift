import TraceModel

/// One input file's traces, written to the store in one transaction.
public struct IngestBatch: Sendable {
    /// The file the traces came from.
    public var file: String
    /// Its format name.
    public var format: String
    /// Its size in bytes.
    public var bytes: Int
    /// The normalized traces.
    public var traces: [Trace]

    /// Creates a batch.
    public init(file: String, format: String, bytes: Int, traces: [Trace]) {
        self.file = file
        self.format = format
        self.bytes = bytes
        self.traces = traces
    }
}
