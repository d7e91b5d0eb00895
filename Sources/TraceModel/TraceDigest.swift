/// The evaluation digest of a trace: one compact binary value, made at ingest and stored with the
/// trace, holding exactly what scoring, comparing, gating and the score reports read.
///
/// Kept: the trace's fields (ids, case, query, answer, architecture, route, recorded outcome,
/// format, dialects, termination) and, for every span in trajectory order, its id, kind, name,
/// step, tool call (name, arguments, call id), route, model, tokens, times, status, stop reason,
/// policy decision, and the text of model calls (`must_communicate` reads it). Left out: the
/// attribute bag, parent ids, requested calls, tool results and user messages, which only `show`
/// and audits read, from the spans.
///
/// Layout (version 1): a version byte, then the fields in the order of ``encode(_:)``; numbers are
/// LEB128 varints (zigzag when signed), strings a length and UTF-8 bytes, optionals a presence
/// byte, JSON values a tag and payload with object keys sorted.
public enum TraceDigest {
    /// The layout version written.
    public static let version: UInt8 = 1

    /// The digest of `trace`.
    public static func encode(_ trace: Trace) -> [UInt8] {
        var out = DigestWriter(capacity: 64 + trace.spans.count * 96)
        out.byte(version)
        out.string(trace.traceId)
        out.string(trace.caseId)
        out.string(trace.query)
        out.string(trace.finalAnswer)
        out.byte(index(of: trace.architecture))
        out.string(trace.route)
        out.optional(trace.recordedOutcome) { $0.double($1) }
        out.string(trace.format)
        out.count(trace.dialects.count)
        for dialect in trace.dialects { out.string(dialect) }
        out.string(trace.termination)
        out.count(trace.spans.count)
        // By index: each span is read in place rather than copied out of the array.
        for index in trace.spans.indices { write(trace.spans[index], into: &out) }
        return out.bytes
    }

    /// The trace a digest holds: spans carry only the digest's fields.
    public static func decode(_ bytes: UnsafeRawBufferPointer) throws(DigestError) -> Trace {
        var input = DigestReader(bytes)
        let found = try input.byte()
        guard found == version else { throw .unknownVersion(found) }
        let traceId = try input.string()
        let caseId = try input.optionalString()
        let query = try input.optionalString()
        let answer = try input.optionalString()
        let architecture = try value(Architecture.allCases, at: try input.byte(), "architecture")
        let route = try input.optionalString()
        let outcome = try input.present() ? try input.double() : nil
        let format = try input.string()
        var dialects: [String] = []
        for _ in 0..<(try input.count()) { dialects.append(try input.string()) }
        let termination = try input.optionalString()
        let count = try input.count()
        var spans: [Span] = []
        spans.reserveCapacity(count)
        for _ in 0..<count { spans.append(try readSpan(&input, traceId: traceId)) }
        guard input.isAtEnd else { throw .malformed("bytes follow the last span") }
        return Trace(traceId: traceId, caseId: caseId, query: query, finalAnswer: answer, architecture: architecture, route: route,
                     recordedOutcome: outcome, format: format, dialects: dialects, termination: termination, spans: spans)
    }

    /// The trace a digest holds (see ``decode(_:)-(UnsafeRawBufferPointer)``).
    public static func decode(_ bytes: [UInt8]) throws(DigestError) -> Trace {
        let result = bytes.withUnsafeBytes { buffer in Result { () throws(DigestError) in try decode(buffer) } }
        return try result.get()
    }

    /// The trace as scoring sees it: what ``decode(_:)-(UnsafeRawBufferPointer)`` of its digest returns.
    public static func evaluationView(of trace: Trace) -> Trace {
        // Decoding what was just encoded cannot fail.
        try! decode(encode(trace))
    }

    private static func write(_ span: Span, into out: inout DigestWriter) {
        out.string(span.spanId)
        out.byte(index(of: span.kind))
        out.string(span.name)
        out.count(max(0, span.step))
        out.optional(span.tool) { out, tool in
            out.string(tool.name)
            out.optional(tool.arguments) { $0.json($1) }
            out.string(tool.callId)
        }
        out.string(span.route)
        out.string(span.model)
        out.optional(span.usage) { out, usage in
            out.signed(usage.input)
            out.signed(usage.output)
            out.signed(usage.cacheRead)
        }
        out.signed(span.start)
        out.signed(span.end)
        out.byte(index(of: span.status.code))
        out.string(span.status.message)
        out.optional(span.stopReason) { out, stop in
            out.byte(index(of: stop.category))
            out.string(stop.raw)
        }
        out.optional(span.decision) { out, decision in
            out.string(decision.verdict)
            out.string(decision.toolCallId)
            out.string(decision.tool)
        }
        out.string(span.kind == .llm ? span.outputText : nil)
    }

    private static func readSpan(_ input: inout DigestReader, traceId: String) throws(DigestError) -> Span {
        let spanId = try input.string()
        let kind = try value(SpanKind.allCases, at: try input.byte(), "span kind")
        let name = try input.string()
        let step = Int(clamping: try input.unsigned())
        var tool: ToolCall?
        if try input.present() {
            let toolName = try input.string()
            let arguments = try input.present() ? try input.json() : nil
            tool = ToolCall(name: toolName, arguments: arguments, callId: try input.optionalString())
        }
        let route = try input.optionalString()
        let model = try input.optionalString()
        let usage = try input.present() ? TokenUsage(input: try input.signed(), output: try input.signed(), cacheRead: try input.signed()) : nil
        let start = try input.signed()
        let end = try input.signed()
        let code = try value([SpanStatus.Code.unset, .ok, .error], at: try input.byte(), "status")
        let status = SpanStatus(code: code, message: try input.optionalString())
        var stop: StopReason?
        if try input.present() {
            let category = try value(StopReason.Category.allCases, at: try input.byte(), "stop reason")
            stop = StopReason(category: category, raw: try input.string())
        }
        var decision: PolicyDecision?
        if try input.present() {
            decision = PolicyDecision(verdict: try input.string(), toolCallId: try input.optionalString(), tool: try input.optionalString())
        }
        let output = try input.optionalString()
        return Span(traceId: traceId, spanId: spanId, kind: kind, name: name, step: step, tool: tool, route: route, model: model,
                    usage: usage, start: start, end: end, status: status, stopReason: stop, outputText: output, decision: decision)
    }

    private static func index<T: Equatable & CaseIterable>(of value: T) -> UInt8 where T.AllCases == [T] {
        UInt8(T.allCases.firstIndex(of: value)!)
    }

    private static func index(of code: SpanStatus.Code) -> UInt8 {
        switch code {
        case .unset: return 0
        case .ok: return 1
        case .error: return 2
        }
    }

    private static func value<T>(_ all: [T], at index: UInt8, _ what: String) throws(DigestError) -> T {
        guard Int(index) < all.count else { throw .malformed("unknown \(what) \(index)") }
        return all[Int(index)]
    }
}
