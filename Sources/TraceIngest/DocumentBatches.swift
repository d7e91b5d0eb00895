/// Where a stream's documents come from, a batch at a time: the lines of a JSON Lines input, or
/// the messages of an OTLP protobuf file.
protocol DocumentBatches {
    /// The next documents, or nil at the end of the input.
    mutating func nextBatch() throws(IngestError) -> [SourceDocument]?
    /// Bytes of input read so far.
    var bytesRead: Int { get }
    /// Parts passed over under `--skip-invalid`.
    var skipped: [SkippedLine] { get }
    /// True once anything but white space was seen.
    var sawContent: Bool { get }
}

extension JSONLinesReader: DocumentBatches {}
