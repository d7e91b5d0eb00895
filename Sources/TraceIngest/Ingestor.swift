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

    /// Reads one file.
    public func read(file: String) throws(IngestError) -> FileIngest {
        let lineMode = file.hasSuffix(".jsonl") || file.hasSuffix(".ndjson")
        if !lineMode, let size = (try? FileManager.default.attributesOfItem(atPath: file)[.size]) as? Int, size > options.limits.maxDocumentBytes {
            throw .tooLarge(file: file, line: nil, bytes: size, limit: options.limits.maxDocumentBytes, flag: "--max-document-mb")
        }
        let bytes: [UInt8]
        do {
            bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: file)))
        } catch {
            throw .unreadable(file: file, reason: (error as NSError).localizedDescription)
        }
        return try read(bytes: bytes, file: file)
    }

    /// Reads a file's bytes (the name is used in messages and to spot `.jsonl`).
    public func read(bytes: [UInt8], file: String) throws(IngestError) -> FileIngest {
        let splitter = DocumentSplitter(limits: options.limits, skipInvalid: options.skipInvalid)
        let (documents, skipped) = try splitter.split(bytes, file: file)
        guard let first = documents.first else {
            throw .malformedJSON(file: file, line: skipped.first?.line ?? 1, column: 1,
                                 reason: "no line of the file is valid JSON")
        }
        let reader: any TraceDocumentReader
        if let format = options.format {
            guard let named = sniffer.reader(for: format) else { throw .unknownFormat(file: file, seen: "no reader for \(format.rawValue)") }
            guard named.matches(first.root) else {
                throw .formatMismatch(file: file, format: format.rawValue,
                                      reason: "found \(FormatSniffer.describe(first.root)); try --format auto")
            }
            reader = named
        } else {
            guard let sniffed = sniffer.sniff(first.root) else {
                throw .unknownFormat(file: file, seen: "found \(FormatSniffer.describe(first.root))")
            }
            reader = sniffed
        }
        let normalizer = Normalizer(architectureOverride: options.architecture)
        var traces: [Trace] = []
        var warnings: [IngestWarning] = []
        for raw in try reader.read(documents, file: file) {
            let (trace, repairs) = normalizer.normalize(raw)
            traces.append(trace)
            warnings += repairs.map { IngestWarning(file: file, message: $0) }
        }
        return FileIngest(file: file, format: reader.format, bytes: bytes.count, traces: traces,
                          skipped: skipped, warnings: warnings)
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
