/// Totals over everything one `ingest` command read, and the lines that report them.
public struct IngestSummary: Sendable, Equatable {
    /// Files read.
    public var files = 0
    /// Bytes read.
    public var bytes = 0
    /// Traces read.
    public var traces = 0
    /// Traces that replaced an earlier copy in the run.
    public var replaced = 0
    /// Spans read.
    public var spans = 0
    /// Traces per format.
    public var byFormat: [String: Int] = [:]
    /// Spans per attribute dialect (a span may count in several).
    public var byDialect: [String: Int] = [:]
    /// Traces per architecture.
    public var byArchitecture: [String: Int] = [:]
    /// Lines skipped under `--skip-invalid`.
    public var skipped = 0

    /// An empty summary.
    public init() {}

    /// Adds one file's report; `replaced` is how many of its traces were already in the run.
    public mutating func add(_ file: FileReport, replaced: Int) {
        files += 1
        bytes += file.bytes
        traces += file.traces
        self.replaced += replaced
        spans += file.spans
        skipped += file.skipped.count
        byFormat[file.format.rawValue, default: 0] += file.traces
        byArchitecture.merge(file.byArchitecture, uniquingKeysWith: +)
        byDialect.merge(file.byDialect, uniquingKeysWith: +)
    }

    /// The report: a headline, then per format, dialect and architecture.
    public func lines(run: String) -> [String] {
        var headline = "ingested \(files) file\(files == 1 ? "" : "s") into run '\(run)': "
            + "\(traces) trace\(traces == 1 ? "" : "s"), \(spans) span\(spans == 1 ? "" : "s")"
        if replaced > 0 { headline += " (\(replaced) already present, replaced)" }
        if skipped > 0 { headline += ", \(skipped) malformed line\(skipped == 1 ? "" : "s") skipped" }
        var lines = [headline]
        lines.append("  formats:       " + Self.list(byFormat))
        if !byDialect.isEmpty { lines.append("  dialects:      " + Self.list(byDialect) + " (traces using each)") }
        lines.append("  architectures: " + Self.list(byArchitecture))
        return lines
    }

    private static func list(_ counts: [String: Int]) -> String {
        counts.isEmpty ? "none" : counts.keys.sorted().map { "\($0) \(counts[$0]!)" }.joined(separator: ", ")
    }
}
