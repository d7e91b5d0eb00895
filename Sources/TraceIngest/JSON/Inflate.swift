/// Inflating bytes already in memory (an HTTP body sent with `Content-Encoding: gzip`).
public enum Inflate {
    /// What `bytes` inflate to, refusing more than `limit` bytes (``IngestError/tooLarge``); an
    /// error when they are not gzip.
    public static func gzip(_ bytes: [UInt8], limit: Int) throws(IngestError) -> [UInt8] {
        guard GzipInput.isGzip(bytes) else { throw .unreadable(file: "request", reason: "the body does not start like gzip") }
        return try TraceInput.decompressed(bytes, limit: limit, file: "request", flag: "--max-request-mb")
    }
}
