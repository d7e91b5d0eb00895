/// One JSON document of an input file, with the line it starts on.
public struct SourceDocument: Sendable {
    /// The parsed document.
    public let root: JSONView
    /// The 1-based line where the document starts (its line number in a JSON Lines file).
    public let line: Int

    /// Creates a document.
    public init(root: JSONView, line: Int) {
        self.root = root
        self.line = line
    }
}
