import TraceModel

/// Turns a reader's raw trace into a ``Trace``: the span tree in order, steps numbered, routes
/// inherited, tool spans linked to the model step that asked for them, the query, final answer,
/// case id, totals and architecture.
public struct Normalizer: Sendable {
    /// Forces an architecture instead of detecting it.
    public var architectureOverride: Architecture?

    /// Creates a normalizer.
    public init(architectureOverride: Architecture? = nil) {
        self.architectureOverride = architectureOverride
    }

    /// The normalized trace and the repairs made on the way.
    public func normalize(_ raw: RawTrace) -> (trace: Trace, warnings: [String]) {
        let tree = SpanTree(raw.spans)
        var spans = tree.ordered
        inheritRoutes(&spans)
        numberSteps(&spans)
        let caseId = raw.caseId ?? spans.lazy.compactMap { $0.attributes["tracegate.case_id"]?.displayText }.first
        let query = raw.query ?? spans.first(where: { $0.kind == .llm && $0.userMessage != nil })?.userMessage
            ?? spans.lazy.compactMap(\.userMessage).first
        let answer = raw.finalAnswer ?? spans.last(where: { $0.kind == .llm && $0.outputText != nil })?.outputText
            ?? spans.first(where: { $0.parentSpanId == nil && $0.outputText != nil })?.outputText
        let trace = Trace(
            traceId: raw.traceId, caseId: caseId, query: query, finalAnswer: answer,
            architecture: architectureOverride ?? ArchitectureDetector.detect(spans),
            route: observedRoute(spans), recordedOutcome: raw.recordedOutcome,
            format: raw.format.rawValue, dialects: raw.dialects.sorted().map(\.rawValue), spans: spans
        )
        return (trace, tree.warnings + repairs(spans))
    }

    /// Repairs recorded on spans, and times that cannot be right.
    private func repairs(_ spans: [Span]) -> [String] {
        var warnings: [String] = []
        for span in spans {
            for repair in span.attributes["tracegate.repairs"]?.arrayValue ?? [] {
                warnings.append("trace \(span.traceId) span \(span.spanId): \(repair.displayText)")
            }
            if span.end < span.start {
                warnings.append("trace \(span.traceId) span \(span.spanId) ends before it starts; its latency is read as 0")
            }
            if span.start < 0 {
                warnings.append("trace \(span.traceId) span \(span.spanId) starts before 1970 (negative timestamp \(span.start)); kept as given")
            }
        }
        return warnings
    }

    /// The trace's route: the first agent's, else the first model call's, else the first route seen.
    private func observedRoute(_ spans: [Span]) -> String? {
        spans.first { $0.kind == .agent && $0.route != nil }?.route
            ?? spans.first { $0.kind == .llm && $0.route != nil }?.route
            ?? spans.lazy.compactMap(\.route).first
    }

    /// A span without a route of its own acts for its nearest ancestor that has one.
    private func inheritRoutes(_ spans: inout [Span]) {
        var routeById: [String: String] = [:]
        for index in spans.indices {
            if spans[index].route == nil, let parent = spans[index].parentSpanId {
                spans[index].route = routeById[parent]
            }
            if let route = spans[index].route { routeById[spans[index].spanId] = route }
        }
    }

    /// Model spans are steps 1, 2, … in order; a tool span takes the step of the model span whose
    /// requested call id it answers, else of the nearest preceding model span; other spans take
    /// the step current where they start (0 before the first model call).
    ///
    /// A tool span whose arguments are missing or arrived as opaque text (a Python repr) takes the
    /// structured arguments of the request it answers; the text it had is kept in the attribute
    /// `tracegate.original_arguments`.
    private func numberSteps(_ spans: inout [Span]) {
        var current = 0
        var stepByCallId: [String: Int] = [:]
        var requestById: [String: ToolCall] = [:]
        for call in spans.flatMap(\.requestedToolCalls) {
            if let id = call.callId { requestById[id] = call }
        }
        for index in spans.indices {
            switch spans[index].kind {
            case .llm:
                current += 1
                spans[index].step = current
                for call in spans[index].requestedToolCalls {
                    if let id = call.callId { stepByCallId[id] = current }
                }
            case .tool:
                spans[index].step = spans[index].tool?.callId.flatMap { stepByCallId[$0] } ?? current
                if let tool = spans[index].tool, let request = tool.callId.flatMap({ requestById[$0] }),
                   let structured = request.arguments, structured.objectValue != nil, tool.arguments?.objectValue == nil {
                    if let original = tool.arguments { spans[index].attributes["tracegate.original_arguments"] = original }
                    spans[index].tool?.arguments = structured
                }
            default:
                spans[index].step = current
            }
        }
    }
}
