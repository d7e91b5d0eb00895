/// What a write did.
public struct InsertSummary: Sendable, Equatable {
    /// Traces new to the run.
    public var inserted: Int
    /// Traces that were already in the run and were replaced (never duplicated).
    public var replaced: Int
    /// Spans written.
    public var spans: Int

    /// Creates a summary.
    public init(inserted: Int = 0, replaced: Int = 0, spans: Int = 0) {
        self.inserted = inserted
        self.replaced = replaced
        self.spans = spans
    }
}
