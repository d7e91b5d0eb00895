import CZstd
import Foundation

/// A zstd stream decompressed as it is read (libzstd), frame after frame. A damaged or truncated
/// stream is an error naming the file.
final class ZstdInput: ByteInput {
    private static let chunk = 1 << 17
    private let source: any ByteInput
    private let file: String
    private let stream: OpaquePointer
    private let compressed = UnsafeMutableRawPointer.allocate(byteCount: chunk, alignment: 16)
    private var input = ZSTD_inBuffer(src: nil, size: 0, pos: 0)
    private var sourceEnded = false
    /// True while a frame has started and not reached its end.
    private var inFrame = false

    /// Decompresses what `source` holds; `file` names it in errors.
    init(_ source: any ByteInput, file: String) throws(IngestError) {
        guard let stream = ZSTD_createDStream() else {
            compressed.deallocate()
            throw .unreadable(file: file, reason: "cannot start zstd decompression (libzstd)")
        }
        self.source = source
        self.file = file
        self.stream = stream
        ZSTD_initDStream(stream)
    }

    deinit {
        ZSTD_freeDStream(stream)
        compressed.deallocate()
    }

    func read(into buffer: UnsafeMutableRawPointer, count: Int) throws(IngestError) -> Int {
        var output = ZSTD_outBuffer(dst: buffer, size: count, pos: 0)
        while output.pos < output.size {
            if input.pos == input.size && !sourceEnded {
                let got = try source.read(into: compressed, count: Self.chunk)
                if got == 0 { sourceEnded = true }
                input = ZSTD_inBuffer(src: compressed, size: got, pos: 0)
            }
            if input.pos == input.size && sourceEnded {
                if inFrame { throw .unreadable(file: file, reason: "the zstd stream is truncated (it ends inside a frame); copy the file again") }
                break
            }
            let before = output.pos
            let hint = ZSTD_decompressStream(stream, &output, &input)
            if ZSTD_isError(hint) != 0 {
                throw .unreadable(file: file, reason: "it is not valid zstd (\(String(cString: ZSTD_getErrorName(hint))))")
            }
            // 0: a frame ended; anything else: more of this frame is expected.
            inFrame = hint != 0
            if output.pos == before && input.pos == input.size && sourceEnded && !inFrame { break }
        }
        return output.pos
    }

    /// True when `bytes` start like a zstd frame (28 b5 2f fd).
    static func isZstd(_ bytes: some Collection<UInt8>) -> Bool {
        bytes.starts(with: [0x28, 0xB5, 0x2F, 0xFD])
    }
}
