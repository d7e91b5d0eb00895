import TraceModel

/// What reading one input file yielded, counted as its traces went by (the traces themselves are
/// not kept, so a file of any size can be reported on).
public struct FileReport: Sendable {
    /// The file path as given.
    public var file: String
    /// The format it was read as.
    public var format: TraceFormat
    /// Bytes read (the whole file once its stream has ended).
    public var bytes = 0
    /// Traces read.
    public var traces = 0
    /// Spans over all traces.
    public var spans = 0
    /// Traces per architecture.
    public var byArchitecture: [String: Int] = [:]
    /// Traces using each attribute dialect (a trace may count in several).
    public var byDialect: [String: Int] = [:]
    /// Malformed lines skipped under `--skip-invalid`.
    public var skipped: [SkippedLine] = []
    /// Repairs made.
    public var warnings: [IngestWarning] = []

    /// An empty report for `file` read as `format`.
    public init(file: String, format: TraceFormat) {
        self.file = file
        self.format = format
    }

    /// Counts one trace and the repairs made to it.
    mutating func count(_ trace: Trace, repairs: [String]) {
        traces += 1
        spans += trace.spans.count
        byArchitecture[trace.architecture.rawValue, default: 0] += 1
        for dialect in trace.dialects { byDialect[dialect, default: 0] += 1 }
        warnings += repairs.map { IngestWarning(file: file, message: $0) }
    }
}
