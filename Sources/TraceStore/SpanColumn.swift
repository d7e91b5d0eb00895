/// The columns a span is rebuilt from, in the order ``SpanColumn/selectList`` selects them.
///
/// Rows are read by position: reading by name makes GRDB lowercase and look up the name for
/// every value of every row, which was a tenth of the time a gate spent loading a run.
package enum SpanColumn: Int, CaseIterable {
    case traceId, spanId, parentSpanId, kind, name, step, route, model, startNs, endNs, status, statusMessage
    case userMessage, outputText, attributes, toolName, toolArgs, toolCallId, toolResult, requestedToolCalls
    case inputTokens, outputTokens, cacheReadTokens, stopRaw, stop

    /// The column name in the `spans` table.
    var name: String {
        switch self {
        case .traceId: "trace_id"
        case .spanId: "span_id"
        case .parentSpanId: "parent_span_id"
        case .kind: "kind"
        case .name: "name"
        case .step: "step"
        case .route: "route"
        case .model: "model"
        case .startNs: "start_ns"
        case .endNs: "end_ns"
        case .status: "status"
        case .statusMessage: "status_message"
        case .userMessage: "user_message"
        case .outputText: "output_text"
        case .attributes: "attributes"
        case .toolName: "tool_name"
        case .toolArgs: "tool_args"
        case .toolCallId: "tool_call_id"
        case .toolResult: "tool_result"
        case .requestedToolCalls: "requested_tool_calls"
        case .inputTokens: "input_tokens"
        case .outputTokens: "output_tokens"
        case .cacheReadTokens: "cache_read_tokens"
        case .stopRaw: "stop_raw"
        case .stop: "stop"
        }
    }

    /// `trace_id, span_id, …` for a SELECT.
    package static let selectList = allCases.map(\.name).joined(separator: ", ")
}
