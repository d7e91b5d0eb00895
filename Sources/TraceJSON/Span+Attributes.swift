import TraceModel

extension Span {
    /// Every attribute: ``Span/attributes``, with those the reader kept as text
    /// (``Span/otherAttributesText``) read back as a store reads its text back (a whole double,
    /// written without a fraction, comes back an integer).
    public var allAttributes: [String: JSONValue] {
        guard let text = otherAttributesText else { return attributes }
        // The text was written by tracegate from a document parsed within the ingest's limits,
        // and is shallower and shorter than it: no limit of its own applies.
        var all = (try? JSONParser.parse(text, limits: Self.unbounded))?.objectValue ?? [:]
        all.merge(attributes) { _, own in own }
        return all
    }

    /// The canonical JSON text of every attribute, as a store keeps it: the reader's text itself
    /// when tracegate added none of its own.
    public var allAttributesText: String {
        guard let text = otherAttributesText else { return JSONValue.object(attributes).canonicalText }
        return attributes.isEmpty ? text : JSONValue.object(allAttributes).canonicalText
    }

    private static let unbounded = JSONLimits(maxDepth: .max, maxDocumentBytes: .max, maxLineBytes: .max)
}
