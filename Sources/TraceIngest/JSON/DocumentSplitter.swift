/// Splits an input file into JSON documents: one whole document, or one per line (JSON Lines).
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

    /// The documents of `bytes` read from `file`, plus the lines skipped.
    ///
    /// A file that parses as one JSON value is one document. A file whose first value is followed
    /// by more content, or whose name ends in `.jsonl`/`.ndjson`, is read as JSON Lines.
    public func split(_ bytes: [UInt8], file: String) throws(IngestError) -> (documents: [SourceDocument], skipped: [SkippedLine]) {
        guard bytes.contains(where: { !isSpace($0) }) else { throw .empty(file: file) }
        let lineMode = file.hasSuffix(".jsonl") || file.hasSuffix(".ndjson")
        if !lineMode {
            do {
                let value = try JSONParser.parse(bytes, limits: limits)
                return ([SourceDocument(root: JSONView(value), line: 1)], [])
            } catch {
                if !error.trailingContent {
                    throw .malformedJSON(file: file, line: error.line, column: error.column, reason: error.reason)
                }
            }
        }
        return try splitLines(bytes, file: file)
    }

    private func splitLines(_ bytes: [UInt8], file: String) throws(IngestError) -> (documents: [SourceDocument], skipped: [SkippedLine]) {
        var documents: [SourceDocument] = []
        var skipped: [SkippedLine] = []
        var lineNumber = 0
        var start = 0
        while start <= bytes.count {
            lineNumber += 1
            let end = bytes[start...].firstIndex(of: 0x0A) ?? bytes.count
            let line = bytes[start..<end]
            start = end + 1
            if line.count > limits.maxLineBytes {
                throw .tooLarge(file: file, line: lineNumber, bytes: line.count, limit: limits.maxLineBytes, flag: "--max-line-mb")
            }
            guard line.contains(where: { !isSpace($0) }) else {
                if end == bytes.count { break }
                continue
            }
            do {
                let value = try JSONParser.parse(line, limits: limits)
                documents.append(SourceDocument(root: JSONView(value), line: lineNumber))
            } catch {
                guard skipInvalid else {
                    throw .malformedJSON(file: file, line: lineNumber, column: error.column, reason: error.reason)
                }
                skipped.append(SkippedLine(file: file, line: lineNumber, reason: error.description))
            }
            if end == bytes.count { break }
        }
        return (documents, skipped)
    }

    private func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09
    }
}
