/// Resource bounds applied while parsing untrusted JSON.
public struct JSONLimits: Sendable, Equatable {
    /// Deepest nesting of arrays and objects accepted.
    public var maxDepth: Int
    /// Largest single JSON document (a whole `.json` file) read into memory, in bytes.
    public var maxDocumentBytes: Int
    /// Largest single line of a JSON Lines file, in bytes.
    public var maxLineBytes: Int

    /// Creates limits.
    public init(maxDepth: Int = 512, maxDocumentBytes: Int = 512 << 20, maxLineBytes: Int = 64 << 20) {
        self.maxDepth = maxDepth
        self.maxDocumentBytes = maxDocumentBytes
        self.maxLineBytes = maxLineBytes
    }

    /// The defaults: 512 levels, 512 MiB per document, 64 MiB per line — far beyond any real export.
    public static let `default` = JSONLimits()
}
