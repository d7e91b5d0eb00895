import TraceJSON
/// Picks the reader for a document by its shape (FORMATS.md §7, first match wins).
public struct FormatSniffer: Sendable {
    /// The readers, in sniffing order.
    public let readers: [any TraceDocumentReader]

    /// Creates a sniffer over the given readers (every built-in reader by default).
    public init(readers: [any TraceDocumentReader] = FormatSniffer.builtInReaders) {
        self.readers = readers
    }

    /// Every reader tracegate ships, in sniffing order.
    public static let builtInReaders: [any TraceDocumentReader] = [
        OTLPReader(), OpenAIAgentsReader(), LangSmithReader(), LangfuseReader(), TauBenchReader(), MessagesReader(),
    ]

    /// The reader for `format`.
    public func reader(for format: TraceFormat) -> (any TraceDocumentReader)? {
        readers.first { $0.format == format }
    }

    /// The first reader whose shape matches `root`, or nil.
    public func sniff(_ root: JSONView) -> (any TraceDocumentReader)? {
        readers.first { $0.matches(root) }
    }

    /// A short description of a document's top level, for "no reader matches" errors.
    public static func describe(_ root: JSONView) -> String {
        if root.isObject {
            let keys = root.keys.sorted().prefix(6).joined(separator: ", ")
            return keys.isEmpty ? "an empty object" : "an object with keys \(keys)"
        }
        if root.isArray {
            let first = root[0]
            if first.isObject { return "an array of objects with keys \(first.keys.sorted().prefix(6).joined(separator: ", "))" }
            return root.array.isEmpty ? "an empty array" : "an array"
        }
        return "a bare JSON scalar"
    }
}
