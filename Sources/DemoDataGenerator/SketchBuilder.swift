import TraceEval
import TraceModel

/// Builds one trace on a clock: model calls, tool calls (alone, in parallel, or in sequence),
/// decisions, all with seeded, realistic durations.
struct SketchBuilder {
    private(set) var trace: SketchTrace
    private(set) var clock: Int64
    private var random: SeededRandom
    private var counter = 0
    let rootId: String

    init(traceId: String, caseId: String, query: String, architecture: Architecture, start: Int64, seed: UInt64,
         rootName: String, rootKind: SketchSpan.Kind, route: String?) {
        trace = SketchTrace(traceId: traceId, caseId: caseId, query: query, architecture: architecture)
        clock = start
        random = SeededRandom(seed: seed)
        rootId = Self.spanId(traceId, 0)
        trace.spans.append(SketchSpan(id: rootId, parent: nil, kind: rootKind, name: rootName, start: start, end: start, route: route))
    }

    static func spanId(_ traceId: String, _ index: Int) -> String {
        Hex.id("\(traceId)/\(index)", length: 16)
    }

    mutating func nextId() -> String {
        counter += 1
        return Self.spanId(trace.traceId, counter)
    }

    /// A uniform duration in milliseconds, as nanoseconds.
    mutating func millis(_ range: ClosedRange<Int>) -> Int64 {
        Int64(range.lowerBound + random.index(below: range.upperBound - range.lowerBound + 1)) * 1_000_000
    }

    mutating func jitter(_ value: Int, _ spread: Int) -> Int {
        value + random.index(below: 2 * spread + 1) - spread
    }

    /// A model call; returns its span id.
    @discardableResult
    mutating func llm(model: String, input: Int, output: Int, finish: String, requested: [(id: String, name: String, arguments: JSONValue)] = [],
                      text: String? = nil, user: String? = nil, temperature: Double? = nil, parent: String? = nil, route: String? = nil,
                      duration: ClosedRange<Int> = 700...1600) -> String {
        let id = nextId()
        let start = clock + millis(5...20)
        let end = start + millis(duration)
        let span = SketchSpan(id: id, parent: parent ?? rootId, kind: .llm, name: "chat \(model)", start: start, end: end, route: route,
                              model: model, inputTokens: input, outputTokens: output, temperature: temperature, finishReason: finish,
                              requested: requested, userMessage: user, outputText: text)
        trace.spans.append(span)
        clock = end
        return id
    }

    /// Tool calls that run at the same time (one element: a single call); the clock moves past the slowest.
    mutating func tools(_ calls: [(name: String, arguments: JSONValue, callId: String, result: String, error: String?)],
                        parent: String? = nil, route: String? = nil, duration: ClosedRange<Int> = 80...450) {
        let start = clock + millis(2...10)
        var latest = start
        for call in calls {
            let end = start + millis(duration)
            trace.spans.append(SketchSpan(id: nextId(), parent: parent ?? rootId, kind: .tool, name: "execute_tool \(call.name)",
                                          start: start, end: end, route: route, toolName: call.name, toolArguments: call.arguments,
                                          toolCallId: call.callId, toolResult: call.result, error: call.error))
            latest = max(latest, end)
        }
        clock = latest
    }

    /// A grouping span (pipeline stage, agent); `body` adds its children under it.
    mutating func group(_ name: String, kind: SketchSpan.Kind, route: String?, _ body: (inout SketchBuilder, String) -> Void) {
        let id = nextId()
        let index = trace.spans.count
        trace.spans.append(SketchSpan(id: id, parent: rootId, kind: kind, name: name, start: clock + millis(1...3), end: clock, route: route))
        body(&self, id)
        trace.spans[index].end = clock + millis(1...3)
        clock = trace.spans[index].end
    }

    /// A policy decision about `tool` (a guardrail or human approval span).
    mutating func decision(_ verdict: String, tool: String, name: String, duration: ClosedRange<Int> = 20...60) {
        let start = clock + millis(2...5)
        let end = start + millis(duration)
        var span = SketchSpan(id: nextId(), parent: rootId, kind: .decision, name: name, start: start, end: end)
        span.decision = (verdict, tool)
        trace.spans.append(span)
        clock = end
    }

    /// Closes the root span and returns the trace.
    mutating func finish() -> SketchTrace {
        trace.spans[0].end = clock + millis(2...8)
        return trace
    }
}
