/// Why an input could not be ingested; every case names the file and, where it can, the line and field.
public enum IngestError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file could not be read at all.
    case unreadable(file: String, reason: String)
    /// The file holds no data.
    case empty(file: String)
    /// The bytes are not valid JSON.
    case malformedJSON(file: String, line: Int, column: Int, reason: String)
    /// No reader recognizes the document.
    case unknownFormat(file: String, seen: String)
    /// The named reader does not accept this document.
    case formatMismatch(file: String, format: String, reason: String)
    /// A document or line is larger than the configured limit.
    /// `exact` is false when `bytes` is only a lower bound (a line read no further than needed).
    case tooLarge(file: String, line: Int?, bytes: Int, limit: Int, flag: String, exact: Bool = true)
    /// A span's value cannot be accepted (formats whose records carry no line of their own).
    case invalidSpan(file: String, traceId: String, spanId: String, field: String, reason: String)
    /// A trace has more spans than the limit.
    case tooManySpans(file: String, traceId: String, limit: Int)
    /// A record is structurally wrong: a required field is missing or has the wrong type.
    case invalidRecord(file: String, line: Int, record: String, field: String, reason: String)

    /// A message that says what is wrong, where, and what to do about it.
    public var description: String {
        switch self {
        case .unreadable(let file, let reason):
            return "\(file): cannot read the file: \(reason)"
        case .empty(let file):
            return "\(file): the file is empty; nothing to ingest"
        case .malformedJSON(let file, let line, let column, let reason):
            return "\(file):\(line):\(column): malformed JSON: \(reason). "
                + "Fix the file, or pass --skip-invalid to skip malformed lines of a JSON Lines file."
        case .unknownFormat(let file, let seen):
            return "\(file): no reader recognizes this document (\(seen)). "
                + "Supported: \(TraceFormat.allCases.map(\.rawValue).joined(separator: ", ")); "
                + "name one with --format if the file is one of them."
        case .formatMismatch(let file, let format, let reason):
            return "\(file): not a \(format) document: \(reason)"
        case .tooLarge(let file, let line, let bytes, let limit, let flag, let exact):
            let what = (line.map { "line \($0) is" } ?? "the document is") + (exact ? "" : " more than")
            let raise = exact ? "raise it with \(flag) \(max(1, (bytes >> 20) + 1))" : "raise it with \(flag) (to more than \(bytes >> 20)), if the line is meant to be that long"
            return "\(file): \(what) \(bytes >> 20) MiB, above the \(limit >> 20) MiB limit; \(raise)"
                + (line == nil ? ", or export JSON Lines (one document per line), which is read line by line" : "")
        case .invalidSpan(let file, let traceId, let spanId, let field, let reason):
            return "\(file): trace \(traceId) span \(spanId): field '\(field)' \(reason)"
        case .tooManySpans(let file, let traceId, let limit):
            return "\(file): trace \(traceId) has more than \(limit) spans, the limit per trace (a runaway loop?); "
                + "raise it with --max-trace-spans if the trace is meant to be that large"
        case .invalidRecord(let file, let line, let record, let field, let reason):
            return "\(file)\(line > 0 ? ":\(line)" : ""): \(record): field '\(field)' \(reason)"
        }
    }
}
