import Foundation
import TraceModel

/// Reads trace files into normalized traces: split into documents, sniff the format, read, normalize.
///
/// It never writes anything; the store persists what it returns, one file per transaction.
public struct Ingestor: Sendable {
    /// How files are read.
    public let options: IngestOptions
    private let sniffer: FormatSniffer

    /// Creates an ingestor.
    public init(options: IngestOptions = IngestOptions(), sniffer: FormatSniffer = FormatSniffer()) {
        self.options = options
        self.sniffer = sniffer
    }

    /// Reads one file. JSON Lines files are read chunk by chunk; a format whose documents stand
    /// alone (OTLP) is mapped batch by batch, so only the mapped spans are kept, not the JSON.
    public func read(file: String) throws(IngestError) -> FileIngest {
        let parser = JSONDocumentParser(limits: options.limits)
        if DocumentSplitter.isLineFile(file) {
            var lines: JSONLinesReader? = try JSONLinesReader(path: file, limits: options.limits,
                                                              skipInvalid: options.skipInvalid, parser: parser,
                                                              chunkBytes: options.chunkBytes)
            defer { lines?.close() }
            return try read(whole: nil, lines: &lines, file: file)
        }
        if let size = (try? FileManager.default.attributesOfItem(atPath: file)[.size]) as? Int, size > options.limits.maxDocumentBytes {
            throw .tooLarge(file: file, line: nil, bytes: size, limit: options.limits.maxDocumentBytes, flag: "--max-document-mb")
        }
        return try read(padded: PaddedBytes(contentsOf: file), file: file, parser: parser)
    }

    /// Reads a file's bytes (the name is used in messages and to spot `.jsonl`).
    public func read(bytes: [UInt8], file: String) throws(IngestError) -> FileIngest {
        try read(padded: PaddedBytes(bytes), file: file, parser: JSONDocumentParser(limits: options.limits))
    }

    private func read(padded: PaddedBytes, file: String, parser: JSONDocumentParser) throws(IngestError) -> FileIngest {
        let splitter = DocumentSplitter(limits: options.limits, skipInvalid: options.skipInvalid)
        var (whole, lines) = try splitter.open(padded, file: file, parser: parser)
        return try read(whole: whole, lines: &lines, file: file, wholeBytes: padded.count)
    }

    /// Reads the whole document (`wholeBytes` long), or every batch of `lines`.
    private func read(whole: [SourceDocument]?, lines: inout JSONLinesReader?, file: String, wholeBytes: Int = 0)
        throws(IngestError) -> FileIngest {
        var pending: [SourceDocument]
        if let whole { pending = whole } else { pending = try lines?.nextBatch() ?? [] }
        guard let first = pending.first else {
            if lines?.sawContent == false { throw .empty(file: file) }
            throw .malformedJSON(file: file, line: lines?.skipped.first?.line ?? 1, column: 1,
                                 reason: "no line of the file is valid JSON")
        }
        let reader = try reader(for: first.root, file: file)
        var collector = RawTraceCollector()
        if reader.readsInBatches {
            collector.add(try reader.read(pending, file: file))
            while let batch = try lines?.nextBatch() { collector.add(try reader.read(batch, file: file)) }
        } else {
            while let batch = try lines?.nextBatch() { pending += batch }
            collector.add(try reader.read(pending, file: file))
        }
        let normalizer = Normalizer(architectureOverride: options.architecture)
        var traces: [Trace] = []
        var warnings: [IngestWarning] = []
        for raw in collector.ordered {
            let (trace, repairs) = normalizer.normalize(raw)
            traces.append(trace)
            warnings += repairs.map { IngestWarning(file: file, message: $0) }
        }
        return FileIngest(file: file, format: reader.format, bytes: lines?.bytesRead ?? wholeBytes, traces: traces,
                          skipped: lines?.skipped ?? [], warnings: warnings)
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

    /// The files named by `paths`: files as given, directories searched recursively for
    /// `.json`, `.jsonl` and `.ndjson` files (sorted, hidden files and `.source.txt` notes skipped).
    public static func expand(_ paths: [String]) throws(IngestError) -> [String] {
        var files: [String] = []
        let manager = FileManager.default
        for path in paths {
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw .unreadable(file: path, reason: "no such file or directory")
            }
            guard isDirectory.boolValue else { files.append(path); continue }
            let found = (manager.enumerator(atPath: path)?.allObjects as? [String] ?? []).filter { name in
                let last = (name as NSString).lastPathComponent
                return !last.hasPrefix(".") && [".json", ".jsonl", ".ndjson"].contains { last.hasSuffix($0) }
            }
            files += found.sorted().map { (path as NSString).appendingPathComponent($0) }
        }
        return files
    }
}
