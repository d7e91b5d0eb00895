import Foundation

/// Opens trace inputs by what they hold, not by their name: gzip (1f 8b) is inflated as it is read;
/// zstd (28 b5 2f fd) is named so the user can decompress it; anything else is read as stored.
enum TraceInput {
    /// The name standard input has in messages and in the store.
    static let standardInputName = "<stdin>"

    /// The input at `path`, inflated when its first bytes say gzip.
    static func open(_ path: String) throws(IngestError) -> any ByteInput {
        let file = try OpenFile(path: path)
        return try isGzip(file, path: path) ? GzipInput(file, file: path) : file
    }

    /// True when the file at `path` is gzip; an error naming zstd when it is zstd.
    static func isCompressed(_ path: String) throws(IngestError) -> Bool {
        try isGzip(OpenFile(path: path), path: path)
    }

    private static func isGzip(_ file: OpenFile, path: String) throws(IngestError) -> Bool {
        let head = try peek(file.descriptor, path: path)
        if head.starts(with: [0x28, 0xB5, 0x2F, 0xFD]) {
            throw .unreadable(file: path, reason: "it is zstd-compressed; decompress it first ('zstd -d \(path)') or use gzip, which tracegate reads")
        }
        return GzipInput.isGzip(head)
    }

    /// The first bytes of the file at `path` as a reader sees them (inflated when it is gzip).
    static func head(_ path: String, count: Int = 64) throws(IngestError) -> [UInt8] {
        let input = try open(path)
        var head = [UInt8](repeating: 0, count: count)
        var filled = 0
        while filled < count {
            let got = try head.withUnsafeMutableBytes { (raw) -> Result<Int, IngestError> in
                Result { () throws(IngestError) in try input.read(into: raw.baseAddress! + filled, count: count - filled) }
            }.get()
            if got == 0 { break }
            filled += got
        }
        return Array(head.prefix(filled))
    }

    /// The name `path` has without a trailing `.gz`, for the `.jsonl` test.
    static func uncompressedName(_ path: String) -> String {
        path.hasSuffix(".gz") ? String(path.dropLast(3)) : path
    }

    /// The first four bytes of an open file, leaving its offset at 0.
    private static func peek(_ descriptor: Int32, path: String) throws(IngestError) -> [UInt8] {
        var head = [UInt8](repeating: 0, count: 4)
        let got = head.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress!, 4, 0) }
        if got < 0 { throw .unreadable(file: path, reason: String(cString: strerror(errno))) }
        return Array(head.prefix(got))
    }

    /// All of standard input (inflated when it is gzip), refusing more than `limit` bytes: it is
    /// read in one pass, so its traces are held until it ends.
    static func standardInput(limit: Int) throws(IngestError) -> [UInt8] {
        let raw = try GzipInput.readAll(OpenFile(descriptor: 0, name: standardInputName), limit: limit,
                                        file: standardInputName, flag: "--max-document-mb")
        guard GzipInput.isGzip(raw) else { return raw }
        return try GzipInput.readAll(GzipInput(BytesInput(raw), file: standardInputName), limit: limit,
                                     file: standardInputName, flag: "--max-document-mb")
    }
}

/// Bytes already in memory, read as an input.
final class BytesInput: ByteInput {
    private let bytes: [UInt8]
    private var position = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    func read(into buffer: UnsafeMutableRawPointer, count: Int) throws(IngestError) -> Int {
        let got = min(count, bytes.count - position)
        guard got > 0 else { return 0 }
        bytes.withUnsafeBytes { buffer.copyMemory(from: $0.baseAddress! + position, byteCount: got) }
        position += got
        return got
    }
}
