import Foundation

/// Opens trace inputs by what they hold, not by their name: gzip (1f 8b) and zstd (28 b5 2f fd)
/// are decompressed as they are read; anything else is read as stored.
enum TraceInput {
    /// The name standard input has in messages and in the store.
    static let standardInputName = "<stdin>"

    /// The input at `path`, decompressed as it is read when its first bytes say gzip or zstd.
    static func open(_ path: String) throws(IngestError) -> any ByteInput {
        let file = try OpenFile(path: path)
        let head = try peek(file.descriptor, path: path)
        if GzipInput.isGzip(head) { return try GzipInput(file, file: path) }
        if ZstdInput.isZstd(head) { return try ZstdInput(file, file: path) }
        return file
    }

    /// True when the file at `path` is gzip or zstd.
    static func isCompressed(_ path: String) throws(IngestError) -> Bool {
        let file = try OpenFile(path: path)
        let head = try withExtendedLifetime(file) { () throws(IngestError) in try peek(file.descriptor, path: path) }
        return GzipInput.isGzip(head) || ZstdInput.isZstd(head)
    }

    /// `bytes` decompressed when they are gzip or zstd (at most `limit` bytes), else as they are.
    static func decompressed(_ bytes: [UInt8], limit: Int, file: String, flag: String) throws(IngestError) -> [UInt8] {
        if GzipInput.isGzip(bytes) { return try GzipInput(BytesInput(bytes), file: file).readAll(limit: limit, file: file, flag: flag) }
        if ZstdInput.isZstd(bytes) { return try ZstdInput(BytesInput(bytes), file: file).readAll(limit: limit, file: file, flag: flag) }
        return bytes
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

    /// The name `path` has without a trailing `.gz` or `.zst`, for the `.jsonl` test.
    static func uncompressedName(_ path: String) -> String {
        if path.hasSuffix(".gz") { return String(path.dropLast(3)) }
        if path.hasSuffix(".zst") { return String(path.dropLast(4)) }
        return path
    }

    /// The first four bytes of an open file, leaving its offset at 0.
    private static func peek(_ descriptor: Int32, path: String) throws(IngestError) -> [UInt8] {
        var head = [UInt8](repeating: 0, count: 4)
        let got = head.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress!, 4, 0) }
        if got < 0 { throw .unreadable(file: path, reason: String(cString: strerror(errno))) }
        return Array(head.prefix(got))
    }

    /// All of standard input (decompressed when it is gzip or zstd), refusing more than `limit`
    /// bytes: it is read in one pass, so its traces are held until it ends.
    static func standardInput(limit: Int) throws(IngestError) -> [UInt8] {
        let raw = try OpenFile(descriptor: 0, name: standardInputName).readAll(limit: limit, file: standardInputName, flag: "--max-document-mb")
        return try decompressed(raw, limit: limit, file: standardInputName, flag: "--max-document-mb")
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
