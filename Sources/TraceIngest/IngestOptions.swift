import TraceModel
import TraceJSON

/// How files are read.
public struct IngestOptions: Sendable {
    /// The format to read, or nil to sniff each file.
    public var format: TraceFormat?
    /// Forces the architecture of every trace, or nil to detect it.
    public var architecture: Architecture?
    /// Skip malformed lines of JSON Lines files instead of failing.
    public var skipInvalid: Bool
    /// Parser resource bounds.
    public var limits: JSONLimits
    /// Bytes of a JSON Lines file read at a time (memory use is about this plus the mapped spans).
    public var chunkBytes: Int
    /// Whether spans keep every attribute (to be stored and shown). Traces that are only scored
    /// need tracegate's own (`tracegate.…`) alone, and OTLP spans then keep only those.
    public var keepsAttributes: Bool

    /// Creates options; the defaults sniff the format, detect the architecture and fail on malformed lines.
    public init(format: TraceFormat? = nil, architecture: Architecture? = nil, skipInvalid: Bool = false,
                limits: JSONLimits = .default, chunkBytes: Int = JSONLinesReader.defaultChunkBytes, keepsAttributes: Bool = true) {
        self.format = format
        self.architecture = architecture
        self.skipInvalid = skipInvalid
        self.limits = limits
        self.chunkBytes = chunkBytes
        self.keepsAttributes = keepsAttributes
    }
}
