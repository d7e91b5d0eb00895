import TraceModel

/// What one input file yielded, with every trace held in memory (``Ingestor/stream(file:)`` gives
/// them a batch at a time instead).
public struct FileIngest: Sendable {
    /// The counts, skipped lines and repairs.
    public var report: FileReport
    /// The normalized traces.
    public var traces: [Trace]

    /// Creates a file result.
    public init(report: FileReport, traces: [Trace]) {
        self.report = report
        self.traces = traces
    }

    /// The file path as given.
    public var file: String { report.file }
    /// The format it was read as.
    public var format: TraceFormat { report.format }
    /// Its size in bytes.
    public var bytes: Int { report.bytes }
    /// Malformed lines skipped under `--skip-invalid`.
    public var skipped: [SkippedLine] { report.skipped }
    /// Repairs made.
    public var warnings: [IngestWarning] { report.warnings }
    /// Spans over all traces.
    public var spanCount: Int { report.spans }
}
