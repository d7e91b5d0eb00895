/// A reader of one document shape: it says whether a document is its kind and maps it to raw traces.
public protocol TraceDocumentReader: Sendable {
    /// The format this reader handles.
    var format: TraceFormat { get }
    /// True when `root` (the first document of a file) has this reader's shape.
    func matches(_ root: JSONView) -> Bool
    /// Reads every document of `file` into raw traces; structural errors name the file, line and field.
    func read(_ documents: [SourceDocument], file: String) throws(IngestError) -> [RawTrace]
}
