import TraceJSON

/// The messages of an OTLP protobuf file handed out a few at a time, each converted to its
/// OTLP/JSON form only when its batch is asked for, so only the file's bytes and one batch are held.
struct ProtobufFrames: DocumentBatches {
    private let bytes: [UInt8]
    private let frames: [Range<Int>]
    private let file: String
    private var next = 0
    /// Messages per batch.
    private let batchSize: Int

    /// The messages of `bytes` at `frames` (from ``OTLPProtobufFile/framing(of:file:)``).
    init(bytes: [UInt8], frames: [Range<Int>], file: String, batchSize: Int = 64) {
        self.bytes = bytes
        self.frames = frames
        self.file = file
        self.batchSize = batchSize
    }

    mutating func nextBatch() throws(IngestError) -> [SourceDocument]? {
        guard next < frames.count else { return nil }
        let end = min(next + batchSize, frames.count)
        var documents: [SourceDocument] = []
        for index in next..<end {
            documents.append(SourceDocument(root: JSONView(OTLPProtobuf.json(try OTLPProtobufFile.request(bytes, frames[index], file: file, at: index))),
                                            line: index + 1))
        }
        next = end
        return documents
    }

    var bytesRead: Int { next == frames.count ? bytes.count : (frames[next].lowerBound) }
    var skipped: [SkippedLine] { [] }
    var sawContent: Bool { !frames.isEmpty }
}
