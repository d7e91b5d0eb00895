import Foundation
import TraceJSON

/// Reads JSON Lines in batches of documents, holding one chunk of the input at a time.
///
/// A file is read in chunks (``defaultChunkBytes``) into one padded buffer that is reused (grown only
/// for a line longer than a chunk, up to `--max-line-mb`), so memory stays bounded by the
/// longest line, not the file. Each non-blank line is one document.
public struct JSONLinesReader {
    /// Bytes read from the file per refill, by default.
    public static let defaultChunkBytes = 8 << 20

    private let file: String
    private let limits: JSONLimits
    private let skipInvalid: Bool
    private let parser: JSONDocumentParser
    private let input: (any ByteInput)?
    private var buffer: [UInt8]
    private var start = 0
    private var filled: Int
    private var atEnd: Bool
    private var lineNumber = 0
    /// Malformed lines passed over under `--skip-invalid`.
    public private(set) var skipped: [SkippedLine] = []
    /// True once a line with anything but white space was seen.
    public private(set) var sawContent = false
    /// Bytes of input read so far (all of them once ``nextBatch()`` returned nil).
    public private(set) var bytesRead: Int

    /// A reader of the file at `path` (inflated as it is read when it is gzip), reading
    /// `chunkBytes` at a time.
    public init(path: String, limits: JSONLimits, skipInvalid: Bool, parser: JSONDocumentParser,
                chunkBytes: Int = defaultChunkBytes) throws(IngestError) {
        self.init(file: path, limits: limits, skipInvalid: skipInvalid, parser: parser, input: try TraceInput.open(path),
                  buffer: [UInt8](repeating: 0, count: max(chunkBytes, 1) + JSONDocumentParser.padding), filled: 0)
    }

    /// A reader of bytes already in memory (named `file` in messages).
    public init(bytes: PaddedBytes, file: String, limits: JSONLimits, skipInvalid: Bool, parser: JSONDocumentParser) {
        self.init(file: file, limits: limits, skipInvalid: skipInvalid, parser: parser, input: nil,
                  buffer: bytes.storage, filled: bytes.count)
    }

    private init(file: String, limits: JSONLimits, skipInvalid: Bool, parser: JSONDocumentParser,
                 input: (any ByteInput)?, buffer: [UInt8], filled: Int) {
        self.file = file
        self.limits = limits
        self.skipInvalid = skipInvalid
        self.parser = parser
        self.input = input
        self.buffer = buffer
        self.filled = filled
        bytesRead = filled
        atEnd = input == nil
    }

    /// True when the input was read from a file (not handed over in memory).
    var readsFile: Bool { input != nil }

    /// True once every line has been returned: ``nextBatch()`` would give nil.
    var isFinished: Bool { atEnd && start >= filled }

    /// The documents of the next chunk, or nil at the end of the input.
    public mutating func nextBatch() throws(IngestError) -> [SourceDocument]? {
        while true {
            if !atEnd { try refill() }
            let (documents, consumed) = try parseLines(final: atEnd)
            start = consumed
            if !documents.isEmpty { return documents }
            if atEnd && start >= filled { return nil }
        }
    }

    /// Moves the unread tail to the front and reads more, growing the buffer for a long line.
    private mutating func refill() throws(IngestError) {
        let pending = filled - start
        if pending > limits.maxLineBytes {
            let (rest, complete) = lengthToLineEnd()
            throw .tooLarge(file: file, line: lineNumber + 1, bytes: pending + rest, limit: limits.maxLineBytes, flag: "--max-line-mb",
                            exact: complete)
        }
        if start > 0 {
            buffer.withUnsafeMutableBytes { raw in
                if pending > 0 { memmove(raw.baseAddress!, raw.baseAddress! + start, pending) }
            }
            start = 0
            filled = pending
        }
        let capacity = buffer.count - JSONDocumentParser.padding
        if filled == capacity {
            buffer += [UInt8](repeating: 0, count: capacity)
        }
        let room = buffer.count - JSONDocumentParser.padding - filled
        let got = try read(at: filled, count: room)
        if got == 0 { atEnd = true }
        filled += got
        bytesRead += got
        buffer.withUnsafeMutableBytes { raw in
            _ = memset(raw.baseAddress! + filled, 0, JSONDocumentParser.padding)
        }
    }

    /// Reads at most `count` bytes of the input into the buffer at `offset`.
    private mutating func read(at offset: Int, count: Int) throws(IngestError) -> Int {
        let input = input!
        return try buffer.withUnsafeMutableBytes { raw in
            Result { () throws(IngestError) in try input.read(into: raw.baseAddress! + offset, count: count) }
        }.get()
    }

    /// Reads on (discarding) to the end of the current line, for the size an error reports.
    /// How far the over-long line goes on, for the error message: reads on to the newline, but never
    /// more than another `maxLineBytes`, so a line that never ends cannot hang the error.
    private mutating func lengthToLineEnd() -> (length: Int, complete: Bool) {
        var length = 0
        while length <= limits.maxLineBytes {
            let got = (try? read(at: 0, count: buffer.count - JSONDocumentParser.padding)) ?? 0
            guard got > 0 else { return (length, true) }
            let newline = buffer.withUnsafeBufferPointer { $0[0..<got].firstIndex(of: 0x0A) }
            if let newline { return (length + newline, true) }
            length += got
        }
        return (length, false)
    }

    /// Parses the complete lines in `start..<filled` (and the unterminated last one when `final`).
    private mutating func parseLines(final: Bool) throws(IngestError) -> ([SourceDocument], Int) {
        var documents: [SourceDocument] = []
        let (lines, consumed) = lineRanges(final: final)
        // A second reference to the buffer, which nothing below writes, so parsing may update counters.
        let bytes = buffer
        try bytes.withUnsafeBufferPointer { (pointer) throws(IngestError) in
            for line in lines {
                lineNumber += 1
                try parseLine(pointer, line, into: &documents)
            }
        }
        return (documents, consumed)
    }

    /// The complete lines in `start..<filled` (and the unterminated last one when `final`), and
    /// where the unread part starts.
    private func lineRanges(final: Bool) -> ([Range<Int>], Int) {
        buffer.withUnsafeBufferPointer { bytes in
            var lines: [Range<Int>] = []
            var position = start
            while position < filled {
                let end: Int
                if let found = memchr(bytes.baseAddress! + position, 0x0A, filled - position) {
                    end = bytes.baseAddress!.distance(to: found.assumingMemoryBound(to: UInt8.self))
                } else if final {
                    end = filled
                } else {
                    break
                }
                lines.append(position..<end)
                position = end + 1
            }
            return (lines, min(position, filled))
        }
    }

    /// Hands every non-blank line of the input to `body` as bytes with its line number, parsing
    /// nothing (for a cheap first pass); lines longer than `--max-line-mb` are errors as usual.
    mutating func scanLines(_ body: (UnsafeBufferPointer<UInt8>, Range<Int>, _ line: Int) -> Void) throws(IngestError) {
        while true {
            if !atEnd { try refill() }
            let (lines, consumed) = lineRanges(final: atEnd)
            let bytes = buffer
            try bytes.withUnsafeBufferPointer { (pointer) throws(IngestError) in
                for line in lines {
                    lineNumber += 1
                    guard try hasContent(pointer, line) else { continue }
                    body(pointer, line, lineNumber)
                }
            }
            start = consumed
            if atEnd && start >= filled { return }
        }
    }

    /// False for a blank line; an error for one longer than `--max-line-mb`.
    private func hasContent(_ bytes: UnsafeBufferPointer<UInt8>, _ line: Range<Int>) throws(IngestError) -> Bool {
        if line.count > limits.maxLineBytes {
            throw .tooLarge(file: file, line: lineNumber, bytes: line.count, limit: limits.maxLineBytes, flag: "--max-line-mb")
        }
        return line.contains { !JSONWhitespace.contains(bytes[$0]) }
    }

    private mutating func parseLine(_ bytes: UnsafeBufferPointer<UInt8>, _ line: Range<Int>,
                                    into documents: inout [SourceDocument]) throws(IngestError) {
        guard try hasContent(bytes, line) else { return }
        sawContent = true
        do {
            documents.append(SourceDocument(root: try parser.parse(bytes, range: line), line: lineNumber))
        } catch {
            guard skipInvalid else {
                throw .malformedJSON(file: file, line: lineNumber, column: error.column, reason: error.reason)
            }
            skipped.append(SkippedLine(file: file, line: lineNumber, reason: error.description))
        }
    }
}
