/// One agent run: its spans in trajectory order plus what the normalizer derived from them.
public struct Trace: Sendable, Hashable, Codable {
    /// The trace id.
    public var traceId: String
    /// The golden case this trace answers, when the export names it (see GOLDEN.md linking).
    public var caseId: String?
    /// The user's request: the first user message.
    public var query: String?
    /// The final answer: the last assistant text.
    public var finalAnswer: String?
    /// LLM-led, orchestrator-led or unknown.
    public var architecture: Architecture
    /// The route observed: the first named agent, stage or node.
    public var route: String?
    /// An outcome the export recorded (for example a benchmark reward), in [0, 1].
    public var recordedOutcome: Double?
    /// The document format the trace was read from (`otlp`, `tau-bench`, …).
    public var format: String
    /// The attribute dialects seen on its spans, sorted.
    public var dialects: [String]
    /// What ended the run when the export says (`tracegate.termination` on the root span, for
    /// example τ-bench's `max_steps`), or nil.
    public var termination: String?
    /// Spans in trajectory order (depth first, children by start time).
    public var spans: [Span]
    /// Totals derived from the spans.
    public var totals: TraceTotals

    /// Creates a trace; totals are computed from `spans`. Without a `termination`, the one the
    /// first span's attributes carry is read from them.
    public init(
        traceId: String, caseId: String? = nil, query: String? = nil, finalAnswer: String? = nil,
        architecture: Architecture = .unknown, route: String? = nil, recordedOutcome: Double? = nil,
        format: String, dialects: [String] = [], termination: String? = nil, spans: [Span]
    ) {
        self.traceId = traceId
        self.caseId = caseId
        self.query = query
        self.finalAnswer = finalAnswer
        self.architecture = architecture
        self.route = route
        self.recordedOutcome = recordedOutcome
        self.format = format
        self.dialects = dialects
        self.termination = termination ?? spans.first?.attributes["tracegate.termination"]?.stringValue
        self.spans = spans
        self.totals = TraceTotals(spans: spans)
    }

    /// The same trace with `spans` in place of its spans, totals recomputed.
    public func with(spans: [Span]) -> Trace {
        Trace(traceId: traceId, caseId: caseId, query: query, finalAnswer: finalAnswer, architecture: architecture, route: route,
              recordedOutcome: recordedOutcome, format: format, dialects: dialects, termination: termination, spans: spans)
    }

    /// The tool spans in execution order.
    public var toolSpans: [Span] { spans.filter { $0.kind == .tool } }

    /// The start of the earliest span, in nanoseconds.
    public var start: Int64 { spans.map(\.start).min() ?? 0 }
}
