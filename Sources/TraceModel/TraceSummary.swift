/// One stored trace, without its spans: a row of a listing.
public struct TraceSummary: Sendable, Equatable, Codable {
    /// The run it belongs to.
    public var run: String
    /// The trace id.
    public var traceId: String
    /// The linked case id, if any.
    public var caseId: String?
    /// The architecture.
    public var architecture: String
    /// The observed route.
    public var route: String?
    /// LLM calls.
    public var llmCalls: Int
    /// Tool calls.
    public var toolCalls: Int
    /// Input plus output tokens.
    public var tokens: Int64
    /// Latency in nanoseconds.
    public var latencyNanos: Int64
    /// Spans with an error.
    public var errorCount: Int

    /// Creates a summary.
    public init(run: String, traceId: String, caseId: String?, architecture: String, route: String?,
                llmCalls: Int, toolCalls: Int, tokens: Int64, latencyNanos: Int64, errorCount: Int) {
        self.run = run
        self.traceId = traceId
        self.caseId = caseId
        self.architecture = architecture
        self.route = route
        self.llmCalls = llmCalls
        self.toolCalls = toolCalls
        self.tokens = tokens
        self.latencyNanos = latencyNanos
        self.errorCount = errorCount
    }
}
