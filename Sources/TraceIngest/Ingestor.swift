import Foundation
import TraceModel
import TraceJSON

/// Reads trace files into normalized traces: split into documents, sniff the format, read, normalize.
///
/// It never writes anything; the store persists what it returns, one file per transaction.
public struct Ingestor: Sendable {
    /// How files are read.
    public let options: IngestOptions
    private let sniffer: FormatSniffer

    /// Creates an ingestor.
    public init(options: IngestOptions = IngestOptions(), sniffer: FormatSniffer? = nil) {
        self.options = options
        // The built-in readers, with this ingest's span limit where a reader can check it early,
        // and its choice of attributes kept.
        self.sniffer = sniffer ?? FormatSniffer(readers: FormatSniffer.builtInReaders.map { reader in
            if reader is MessagesReader { return MessagesReader(maxSpans: options.limits.maxTraceSpans) }
            if reader is OTLPReader { return OTLPReader(keepsAttributes: options.keepsAttributes) }
            return reader
        })
    }

    /// Reads one file with every trace held in memory (``stream(file:)`` hands them out in batches).
    public func read(file: String) throws(IngestError) -> FileIngest {
        try collect(try stream(file: file))
    }

    /// Reads a file's bytes (the name is used in messages and to spot `.jsonl`).
    public func read(bytes: [UInt8], file: String) throws(IngestError) -> FileIngest {
        try collect(try stream(padded: PaddedBytes(bytes), file: file, parser: JSONDocumentParser(limits: options.limits)))
    }

    private func collect(_ stream: TraceStream) throws(IngestError) -> FileIngest {
        var stream = stream
        var traces: [Trace] = []
        while let batch = try stream.next() { traces += batch }
        return FileIngest(report: stream.report, traces: traces)
    }

    /// Opens one file as a stream of traces; its format is known on return. A JSON Lines file is
    /// read chunk by chunk; for a format whose documents stand alone (OTLP) a first pass notes the
    /// line where each trace ends, so the stream hands each trace out as soon as it is complete.
    ///
    /// What a file holds decides how it is read, not its name: gzip and zstd are decompressed as
    /// they are read (a `.jsonl.gz` chunk by chunk); bytes that do not begin like JSON are read as OTLP protobuf
    /// (``OTLPProtobufFile``); `-` is standard input, read in one pass (so its traces are held
    /// until it ends).
    public func stream(file: String) throws(IngestError) -> TraceStream {
        let parser = JSONDocumentParser(limits: options.limits)
        let limit = options.limits.maxDocumentBytes
        if file == "-" {
            return try stream(bytes: TraceInput.standardInput(limit: limit), file: TraceInput.standardInputName, parser: parser)
        }
        try RegularFile.require(file)
        let compressed = try TraceInput.isCompressed(file)
        let json = OTLPProtobufFile.looksLikeJSON(try TraceInput.head(file))
        if json, DocumentSplitter.isLineFile(TraceInput.uncompressedName(file)) {
            let lines = try lineReader(file, parser: parser)
            return try stream(whole: nil, lines: lines, file: file, wholeBytes: 0)
        }
        if compressed || !json {
            let bytes = try TraceInput.open(file).readAll(limit: limit, file: file, flag: "--max-document-mb")
            return try stream(bytes: bytes, file: file, parser: parser)
        }
        if let size = (try? FileManager.default.attributesOfItem(atPath: file)[.size]) as? Int, size > limit {
            throw .tooLarge(file: file, line: nil, bytes: size, limit: limit, flag: "--max-document-mb")
        }
        return try stream(padded: PaddedBytes(contentsOf: file), file: file, parser: parser)
    }

    /// A whole input in memory: JSON, or else OTLP protobuf. Bytes that begin like JSON but do not
    /// parse are tried as protobuf too (a varint length can be the byte `{`) before the JSON error
    /// is reported.
    private func stream(bytes: [UInt8], file: String, parser: JSONDocumentParser) throws(IngestError) -> TraceStream {
        guard OTLPProtobufFile.looksLikeJSON(bytes) else {
            return try protobufStream(bytes, framing: OTLPProtobufFile.framing(of: bytes, file: file), file: file)
        }
        do {
            return try stream(padded: PaddedBytes(bytes), file: file, parser: parser)
        } catch .malformedJSON(let name, let line, let column, let reason) {
            guard let framing = try? OTLPProtobufFile.framing(of: bytes, file: file) else {
                throw .malformedJSON(file: name, line: line, column: column, reason: reason)
            }
            return try protobufStream(bytes, framing: framing, file: file)
        }
    }

    /// An OTLP protobuf file, message by message: `framing` (the first pass) says where each
    /// message is and which traces it holds, so each trace is handed on once its last message is read.
    private func protobufStream(_ bytes: [UInt8], framing: (frames: [Range<Int>], traceIds: [[String]]), file: String)
        throws(IngestError) -> TraceStream {
        var lastMessage: [String: Int] = [:]
        for (index, frameIds) in framing.traceIds.enumerated() {
            for id in frameIds { lastMessage[id] = index + 1 }
        }
        return try stream(whole: nil, lines: ProtobufFrames(bytes: bytes, frames: framing.frames, file: file), file: file,
                          wholeBytes: bytes.count, ends: TraceEnds(lastLine: lastMessage))
    }

    private func lineReader(_ file: String, parser: JSONDocumentParser) throws(IngestError) -> JSONLinesReader {
        try JSONLinesReader(path: file, limits: options.limits, skipInvalid: options.skipInvalid, parser: parser,
                            chunkBytes: options.chunkBytes)
    }

    private func stream(padded: PaddedBytes, file: String, parser: JSONDocumentParser) throws(IngestError) -> TraceStream {
        let splitter = DocumentSplitter(limits: options.limits, skipInvalid: options.skipInvalid)
        let (whole, lines) = try splitter.open(padded, file: file, parser: parser)
        return try stream(whole: whole, lines: lines, file: file, wholeBytes: padded.count)
    }

    /// A stream over the whole document (`wholeBytes` long), or over every line of `lines`.
    private func stream(whole: [SourceDocument]?, lines: (any DocumentBatches)?, file: String, wholeBytes: Int, ends known: TraceEnds? = nil)
        throws(IngestError) -> TraceStream {
        var lines = lines
        var first = whole ?? []
        if whole == nil, let batch = try lines?.nextBatch() { first = batch }
        guard let root = first.first?.root else {
            if lines?.sawContent == false { throw .empty(file: file) }
            throw .malformedJSON(file: file, line: lines?.skipped.first?.line ?? 1, column: 1,
                                 reason: "no line of the file is valid JSON")
        }
        let reader = try reader(for: root, file: file)
        var ends = known ?? TraceEnds()
        if known == nil, reader.readsInBatches, let open = lines as? JSONLinesReader, open.readsFile, !open.isFinished {
            let scanParser = JSONDocumentParser(limits: options.limits)
            var scan = try lineReader(file, parser: scanParser)
            ends = try TraceEnds(scanning: &scan, reader: reader, parser: scanParser)
        }
        return TraceStream(file: file, reader: reader, normalizer: Normalizer(architectureOverride: options.architecture),
                           first: first, lines: lines, ends: ends, wholeBytes: wholeBytes, maxTraceSpans: options.limits.maxTraceSpans)
    }

    /// The reader named by `--format`, or the one whose shape the first document has.
    private func reader(for root: JSONView, file: String) throws(IngestError) -> any TraceDocumentReader {
        if let format = options.format {
            guard let named = sniffer.reader(for: format) else { throw .unknownFormat(file: file, seen: "no reader for \(format.rawValue)") }
            guard named.matches(root) else {
                throw .formatMismatch(file: file, format: format.rawValue,
                                      reason: "found \(FormatSniffer.describe(root)); try --format auto")
            }
            return named
        }
        guard let sniffed = sniffer.sniff(root) else {
            throw .unknownFormat(file: file, seen: "found \(FormatSniffer.describe(root))")
        }
        return sniffed
    }

    /// The files named by `paths`: files as given (`-` for standard input), directories searched
    /// recursively for `.json`, `.jsonl` and `.ndjson` files and OTLP protobuf `.pb` and `.binpb`
    /// files, compressed (`.gz`, `.zst`) or not (sorted,
    /// hidden files and `.source.txt` notes skipped).
    public static func expand(_ paths: [String]) throws(IngestError) -> [String] {
        var skipped: [String] = []
        return try expand(paths, skipped: &skipped)
    }

    /// Like ``expand(_:)``; files inside folders that are not regular files (FIFOs, devices,
    /// sockets, broken links) are left out and listed in `skipped`, so a FIFO in a folder cannot
    /// hang the folder. A path named explicitly is checked when it is read.
    public static func expand(_ paths: [String], skipped: inout [String]) throws(IngestError) -> [String] {
        var files: [String] = []
        let manager = FileManager.default
        for path in paths {
            if path == "-" {
                guard !files.contains("-") else { throw .unreadable(file: "-", reason: "standard input can be read only once") }
                files.append(path)
                continue
            }
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw .unreadable(file: path, reason: "no such file or directory")
            }
            guard isDirectory.boolValue else { files.append(path); continue }
            let found = (manager.enumerator(atPath: path)?.allObjects as? [String] ?? []).filter { name in
                let last = (name as NSString).lastPathComponent
                return !last.hasPrefix(".") && [".json", ".jsonl", ".ndjson", ".pb", ".binpb"].contains { TraceInput.uncompressedName(last).hasSuffix($0) }
            }
            for name in found.sorted() {
                let file = (path as NSString).appendingPathComponent(name)
                if RegularFile.kind(of: file) == nil { files.append(file) } else { skipped.append(file) }
            }
        }
        return files
    }
}
