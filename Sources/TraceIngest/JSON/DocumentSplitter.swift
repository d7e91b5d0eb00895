import TraceJSON
/// Splits an input into JSON documents: one whole document, or one per line (JSON Lines).
public struct DocumentSplitter: Sendable {
    /// Limits applied to every document.
    public let limits: JSONLimits
    /// Whether malformed lines of a JSON Lines file are skipped (recorded) instead of failing.
    public let skipInvalid: Bool

    /// Creates a splitter.
    public init(limits: JSONLimits = .default, skipInvalid: Bool = false) {
        self.limits = limits
        self.skipInvalid = skipInvalid
    }

    /// True when `file`'s name says JSON Lines (`.jsonl`, `.ndjson`).
    public static func isLineFile(_ file: String) -> Bool {
        file.hasSuffix(".jsonl") || file.hasSuffix(".ndjson")
    }

    /// The documents of `bytes` read from `file`, plus the lines skipped.
    ///
    /// A file that parses as one JSON value is one document. A file whose first value is followed
    /// by more content, or whose name ends in `.jsonl`/`.ndjson`, is read as JSON Lines.
    public func split(_ bytes: [UInt8], file: String) throws(IngestError) -> (documents: [SourceDocument], skipped: [SkippedLine]) {
        var lines = try open(PaddedBytes(bytes), file: file, parser: JSONDocumentParser(limits: limits))
        var documents = lines.whole ?? []
        while let batch = try lines.reader?.nextBatch() { documents += batch }
        return (documents, lines.reader?.skipped ?? [])
    }

    /// Either the single whole document of `padded`, or a JSON Lines reader over it.
    public func open(_ padded: PaddedBytes, file: String, parser: JSONDocumentParser)
        throws(IngestError) -> (whole: [SourceDocument]?, reader: JSONLinesReader?) {
        let blank = padded.storage.withUnsafeBufferPointer { bytes in
            !bytes[0..<padded.count].contains { !JSONWhitespace.contains($0) }
        }
        if blank { throw .empty(file: file) }
        if !Self.isLineFile(file) {
            do {
                let root = try padded.storage.withUnsafeBufferPointer { (buffer) throws(JSONParseError) -> JSONView in
                    try parser.parse(buffer, range: 0..<padded.count)
                }
                // A document on one line is at line 1; a pretty-printed one has no single line of its
                // own (0): errors in it name the record's path instead of a misleading "line 1".
                let multiline = padded.storage.withUnsafeBufferPointer { bytes in
                    var end = padded.count
                    while end > 0, [0x0A, 0x0D, 0x20, 0x09].contains(bytes[end - 1]) { end -= 1 }
                    return bytes[0..<end].contains(0x0A)
                }
                return ([SourceDocument(root: root, line: multiline ? 0 : 1)], nil)
            } catch {
                if !error.trailingContent {
                    throw .malformedJSON(file: file, line: error.line, column: error.column, reason: error.reason)
                }
            }
        }
        return (nil, JSONLinesReader(bytes: padded, file: file, limits: limits, skipInvalid: skipInvalid, parser: parser))
    }
}
