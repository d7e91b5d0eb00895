import CZlib
import Foundation

/// A gzip stream inflated as it is read (zlib), member after member, so a compressed JSON Lines
/// file is read chunk by chunk like a plain one. A damaged or truncated stream is an error naming
/// the file.
final class GzipInput: ByteInput {
    private static let chunk = 1 << 16
    private let source: any ByteInput
    private let file: String
    private var stream = z_stream()
    private let compressed = UnsafeMutableRawPointer.allocate(byteCount: chunk, alignment: 16)
    private var sourceEnded = false
    private var finished = false
    /// True while a member has started and not reached its end.
    private var inMember = false

    /// Inflates what `source` holds; `file` names it in errors.
    init(_ source: any ByteInput, file: String) throws(IngestError) {
        self.source = source
        self.file = file
        // 15 window bits + 16: a gzip header and trailer (checked), not raw deflate.
        guard inflateInit2_(&stream, 15 + 16, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            compressed.deallocate()
            throw .unreadable(file: file, reason: "cannot start gzip decompression (zlib)")
        }
    }

    deinit {
        inflateEnd(&stream)
        compressed.deallocate()
    }

    func read(into buffer: UnsafeMutableRawPointer, count: Int) throws(IngestError) -> Int {
        guard !finished, count > 0 else { return 0 }
        stream.next_out = buffer.assumingMemoryBound(to: Bytef.self)
        stream.avail_out = UInt32(clamping: count)
        while stream.avail_out > 0 {
            if stream.avail_in == 0 && !sourceEnded {
                let got = try source.read(into: compressed, count: Self.chunk)
                if got == 0 { sourceEnded = true }
                stream.next_in = compressed.assumingMemoryBound(to: Bytef.self)
                stream.avail_in = UInt32(got)
            }
            if stream.avail_in == 0 && sourceEnded {
                // The input ended: fine between members, a truncated file inside one.
                if inMember { throw .unreadable(file: file, reason: "the gzip stream is truncated (it ends inside a compressed member); copy the file again") }
                finished = true
                break
            }
            let code = inflate(&stream, Z_NO_FLUSH)
            switch code {
            case Z_OK, Z_BUF_ERROR:
                inMember = true
            case Z_STREAM_END:
                // Another gzip member may follow (concatenated files, as `cat a.gz b.gz` makes).
                inMember = false
                inflateReset(&stream)
            default:
                let message = stream.msg.map { String(cString: $0) } ?? "zlib error \(code)"
                throw .unreadable(file: file, reason: "it is not valid gzip (\(message))")
            }
        }
        return count - Int(stream.avail_out)
    }

    /// True when `bytes` start like gzip (1f 8b).
    static func isGzip(_ bytes: some Collection<UInt8>) -> Bool {
        bytes.starts(with: [0x1F, 0x8B])
    }
}
