import TraceModel

/// What one input file yielded.
public struct FileIngest: Sendable {
    /// The file path as given.
    public var file: String
    /// The format it was read as.
    public var format: TraceFormat
    /// Its size in bytes.
    public var bytes: Int
    /// The normalized traces.
    public var traces: [Trace]
    /// Malformed lines skipped under `--skip-invalid`.
    public var skipped: [SkippedLine]
    /// Repairs made.
    public var warnings: [IngestWarning]

    /// Creates a file result.
    public init(file: String, format: TraceFormat, bytes: Int, traces: [Trace], skipped: [SkippedLine], warnings: [IngestWarning]) {
        self.file = file
        self.format = format
        self.bytes = bytes
        self.traces = traces
        self.skipped = skipped
        self.warnings = warnings
    }

    /// Spans over all traces.
    public var spanCount: Int { traces.reduce(0) { $0 + $1.spans.count } }
}
