import TraceJSON
/// One JSON document of an input file, with the line it starts on.
public struct SourceDocument: Sendable {
    /// The parsed document.
    public let root: JSONView
    /// The 1-based line of the document in a JSON Lines file; 0 for a file that is one whole
    /// document (whose records are then named by their path, not by line 1).
    public let line: Int

    /// Creates a document.
    public init(root: JSONView, line: Int) {
        self.root = root
        self.line = line
    }
}
