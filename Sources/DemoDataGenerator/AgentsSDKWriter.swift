import TraceModel

/// Writes sketches as OpenAI Agents SDK export records (`trace` and `trace.span`), one per JSON Lines line,
/// in the shapes `Trace.export()` and `Span.export()` produce (see Tests/…/Fixtures/agents-sdk).
struct AgentsSDKWriter {
    let workflow: String

    func lines(_ traces: [SketchTrace]) -> [String] {
        traces.flatMap { trace -> [String] in
            let traceId = "trace_" + trace.traceId
            let spans = trace.spans.map { record($0, traceId: traceId, trace: trace).canonicalText }
            let header = JSONValue.object(["object": .string("trace"), "id": .string(traceId), "workflow_name": .string(workflow),
                                           "group_id": .null, "metadata": .object(["case_id": .string(trace.caseId)])])
            return spans + [header.canonicalText]
        }
    }

    private func record(_ span: SketchSpan, traceId: String, trace: SketchTrace) -> JSONValue {
        var error: JSONValue = .null
        let data: JSONValue
        switch span.kind {
        case .agent, .chain:
            data = .object(["type": .string("agent"), "name": .string(span.route ?? span.name), "handoffs": .array([]),
                            "tools": .array([]), "output_type": .string("str")])
        case .llm:
            var message: [String: JSONValue] = ["role": .string("assistant"), "content": span.outputText.map(JSONValue.string) ?? .null]
            if !span.requested.isEmpty {
                message["tool_calls"] = .array(span.requested.map { call in
                    .object(["id": .string(call.id), "type": .string("function"),
                             "function": .object(["name": .string(call.name), "arguments": .string(call.arguments.canonicalText)])])
                })
            }
            var input: [JSONValue] = []
            if let user = span.userMessage { input.append(.object(["role": .string("user"), "content": .string(user)])) }
            data = .object(["type": .string("generation"), "input": .array(input), "output": .array([.object(message)]),
                            "model": .string(ModelNames.dated(span.model ?? "")),
                            "model_config": .object(["temperature": span.temperature.map(JSONValue.double) ?? .null]),
                            "usage": .object(["input_tokens": .int(Int64(span.inputTokens)), "output_tokens": .int(Int64(span.outputTokens))])])
        case .tool:
            data = .object(["type": .string("function"), "name": .string(span.toolName ?? ""),
                            "input": .string(span.toolArguments?.canonicalText ?? "{}"),
                            "output": .string(span.error == nil ? (span.toolResult ?? "") : "An error occurred while running the tool."),
                            "mcp_data": .null])
            if let message = span.error {
                error = .object(["message": .string("Error running tool (non-fatal)"),
                                 "data": .object(["tool_name": .string(span.toolName ?? ""), "error": .string(message)])])
            }
        case .decision:
            data = .object(["type": .string("custom"), "name": .string(span.name),
                            "data": .object(["tracegate.decision": .string(span.decision?.verdict ?? ""),
                                             "tracegate.decision.tool": .string(span.decision?.tool ?? "")])])
        }
        return .object([
            "object": .string("trace.span"), "id": .string("span_" + String(span.id.prefix(24)) + String(repeating: "0", count: max(0, 24 - span.id.count))),
            "trace_id": .string(traceId),
            "parent_id": span.parent.map { .string("span_" + String($0.prefix(24)) + String(repeating: "0", count: max(0, 24 - $0.count))) } ?? .null,
            "started_at": .string(ISOTime.string(span.start)), "ended_at": .string(ISOTime.string(span.end)),
            "span_data": data, "error": error,
        ])
    }
}

/// Nanoseconds since the epoch as ISO 8601 with microseconds and `+00:00`, as Python's isoformat writes them.
enum ISOTime {
    static func string(_ nanos: Int64) -> String {
        let seconds = nanos / 1_000_000_000
        let micros = (nanos % 1_000_000_000) / 1000
        let days = seconds / 86_400
        let rest = seconds % 86_400
        let (year, month, day) = civil(days)
        func two(_ value: Int64) -> String { value < 10 ? "0\(value)" : "\(value)" }
        let fraction = String(micros)
        return "\(year)-\(two(month))-\(two(day))T\(two(rest / 3600)):\(two(rest % 3600 / 60)):\(two(rest % 60))."
            + String(repeating: "0", count: 6 - fraction.count) + fraction + "+00:00"
    }

    /// Howard Hinnant's civil-from-days.
    static func civil(_ days: Int64) -> (Int64, Int64, Int64) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}
