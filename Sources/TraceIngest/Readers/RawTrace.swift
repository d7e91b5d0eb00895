import TraceModel

/// What a reader emits for one trace: mapped spans in any order, plus trace-level facts the
/// document states directly. The ``Normalizer`` turns it into a ``Trace``.
public struct RawTrace: Sendable {
    /// The trace id.
    public var traceId: String
    /// Spans with kind, tool, usage, model, status and stop reason mapped; steps not yet numbered.
    public var spans: [Span]
    /// The case id, when the document names one natively.
    public var caseId: String?
    /// The user query, when the document states it outside the spans.
    public var query: String?
    /// The final answer, when the document states it outside the spans.
    public var finalAnswer: String?
    /// A recorded outcome (a benchmark reward), in [0, 1].
    public var recordedOutcome: Double?
    /// The format name.
    public var format: TraceFormat
    /// Attribute dialects seen.
    public var dialects: Set<AttributeDialect>

    /// Creates a raw trace.
    public init(
        traceId: String, spans: [Span], caseId: String? = nil, query: String? = nil, finalAnswer: String? = nil,
        recordedOutcome: Double? = nil, format: TraceFormat, dialects: Set<AttributeDialect> = []
    ) {
        self.traceId = traceId
        self.spans = spans
        self.caseId = caseId
        self.query = query
        self.finalAnswer = finalAnswer
        self.recordedOutcome = recordedOutcome
        self.format = format
        self.dialects = dialects
    }

    /// Takes in a later part of the same trace (read from a later document or batch): its spans
    /// follow these, its dialects join these, and facts already known stay.
    mutating func absorb(_ later: RawTrace) {
        spans += later.spans
        dialects.formUnion(later.dialects)
        caseId = caseId ?? later.caseId
        query = query ?? later.query
        finalAnswer = finalAnswer ?? later.finalAnswer
        recordedOutcome = recordedOutcome ?? later.recordedOutcome
    }
}
