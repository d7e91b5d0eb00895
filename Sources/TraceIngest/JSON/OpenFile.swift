import Foundation

/// Bytes read in order from an input: a file as stored, a gzip stream inflated, or standard input.
protocol ByteInput: AnyObject {
    /// Reads up to `count` bytes into `buffer`; 0 at the end of the input.
    func read(into buffer: UnsafeMutableRawPointer, count: Int) throws(IngestError) -> Int
}

extension ByteInput {
    /// Everything the input gives, refusing more than `limit` bytes (a small compressed file can
    /// inflate to gigabytes): `flag` is the option that raises the limit.
    func readAll(limit: Int, file: String, flag: String) throws(IngestError) -> [UInt8] {
        var bytes: [UInt8] = []
        let chunk = UnsafeMutableRawPointer.allocate(byteCount: 1 << 20, alignment: 16)
        defer { chunk.deallocate() }
        while true {
            let got = try read(into: chunk, count: 1 << 20)
            if got == 0 { return bytes }
            guard bytes.count + got <= limit else {
                throw .tooLarge(file: file, line: nil, bytes: bytes.count + got, limit: limit, flag: flag)
            }
            bytes.append(contentsOf: UnsafeRawBufferPointer(start: chunk, count: got))
        }
    }
}

/// A file descriptor open for reading, closed when the last reference goes, so a reader that is
/// abandoned part way (an error downstream) never leaks it.
final class OpenFile: ByteInput {
    /// The descriptor.
    let descriptor: Int32
    private let path: String
    private let owned: Bool

    /// Opens `path` read-only.
    init(path: String) throws(IngestError) {
        descriptor = open(path, O_RDONLY)
        self.path = path
        owned = true
        guard descriptor >= 0 else { throw .unreadable(file: path, reason: String(cString: strerror(errno))) }
    }

    /// Reads a descriptor this object does not own (standard input), named `name` in messages.
    init(descriptor: Int32, name: String) {
        self.descriptor = descriptor
        path = name
        owned = false
    }

    deinit { if owned { _ = close(descriptor) } }

    func read(into buffer: UnsafeMutableRawPointer, count: Int) throws(IngestError) -> Int {
        while true {
            let got = Foundation.read(descriptor, buffer, count)
            if got >= 0 { return got }
            if errno == EINTR { continue }
            throw .unreadable(file: path, reason: String(cString: strerror(errno)))
        }
    }
}
