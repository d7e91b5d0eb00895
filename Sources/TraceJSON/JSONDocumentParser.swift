import CSimdJSON
import TraceModel

/// Parses JSON documents with simdjson (through the `CSimdJSON` C ABI), falling back to ``JSONParser``.
///
/// simdjson validates and parses; the result is copied into a Swift-owned ``JSONTape`` that
/// ``JSONView`` reads in place. When simdjson refuses a document, ``JSONParser`` parses it again:
/// its verdict is the one given (so acceptance never depends on the fast path) and its error names
/// the line and column. Nesting limits above ``JSONDocumentParser/fastDepthLimit`` use ``JSONParser`` only.
///
/// One parser is reused for many documents; it is not thread-safe.
public final class JSONDocumentParser {
    /// The deepest nesting handed to simdjson (its DOM walk is recursive).
    public static let fastDepthLimit = 1024
    /// Readable bytes that must follow every document given to ``parse(_:range:)``.
    public static let padding = Int(tg_json_padding())

    private let limits: JSONLimits
    private let parser: OpaquePointer?

    /// Creates a parser for documents within `limits`.
    public init(limits: JSONLimits = .default) {
        self.limits = limits
        parser = limits.maxDepth <= Self.fastDepthLimit ? tg_json_parser_new(limits.maxDepth) : nil
    }

    deinit { tg_json_parser_free(parser) }

    /// Parses `buffer[range]`; `buffer` must hold ``padding`` readable bytes after `range`.
    public func parse(_ buffer: UnsafeBufferPointer<UInt8>, range: Range<Int>) throws(JSONParseError) -> JSONView {
        precondition(range.upperBound + Self.padding <= buffer.count, "the document must be followed by padding")
        if let parser, tg_json_parse(parser, buffer.baseAddress! + range.lowerBound, range.count) == 0 {
            var wordCount = 0
            var byteCount = 0
            let words = tg_json_tape(parser, &wordCount)
            let bytes = tg_json_strings(parser, &byteCount)
            let tape = JSONTape(words: Array(UnsafeBufferPointer(start: words, count: wordCount)),
                                strings: Array(UnsafeBufferPointer(start: bytes, count: byteCount)))
            return JSONView(tape: tape, index: 0)
        }
        return JSONView(try JSONParser.parse(UnsafeBufferPointer(rebasing: buffer[range]), limits: limits))
    }

    /// Parses a whole byte array as one document (copied once to add the padding).
    public func parse(_ bytes: some Collection<UInt8>) throws(JSONParseError) -> JSONView {
        let padded = PaddedBytes(bytes)
        return try padded.storage.withUnsafeBufferPointer { (buffer) throws(JSONParseError) -> JSONView in
            try parse(buffer, range: 0..<padded.count)
        }
    }
}
