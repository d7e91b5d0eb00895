/// Resource bounds applied while parsing untrusted JSON.
public struct JSONLimits: Sendable, Equatable {
    /// Deepest nesting of arrays and objects accepted.
    public var maxDepth: Int
    /// Largest single JSON document (a whole `.json` file) read into memory, in bytes.
    public var maxDocumentBytes: Int
    /// Largest single line of a JSON Lines file, in bytes.
    public var maxLineBytes: Int
    /// Most spans one trace may have: a runaway loop of a million calls is refused in seconds
    /// instead of being read, stored and scored for minutes.
    public var maxTraceSpans: Int

    /// Creates limits.
    public init(maxDepth: Int = 512, maxDocumentBytes: Int = 512 << 20, maxLineBytes: Int = 64 << 20, maxTraceSpans: Int = 200_000) {
        self.maxDepth = maxDepth
        self.maxDocumentBytes = maxDocumentBytes
        self.maxLineBytes = maxLineBytes
        self.maxTraceSpans = maxTraceSpans
    }

    /// The defaults: 512 levels, 512 MiB per document, 64 MiB per line, 200,000 spans per trace —
    /// far beyond any real export.
    public static let `default` = JSONLimits()
}
