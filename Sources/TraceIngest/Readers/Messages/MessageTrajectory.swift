import TraceModel
import TraceJSON

/// Builds spans from a chat-message list (OpenAI format, as agentevals and τ-bench write it, and
/// τ²-bench's flattened variant): one LLM span per assistant message, one tool span per tool
/// message, all under one agent root span.
///
/// Message lists carry no span ids, so ids are positional (`m3` is message 3). They carry no
/// times either, unless a message has a `timestamp` (τ²-bench); without one, every span is at
/// time 0 and latency is 0 rather than invented. Tool messages that τ²-bench marks as requested
/// by the simulated user (`requestor: user`) are not the agent's and are left out. Finish reasons are not recorded in this format:
/// an assistant message with tool calls is read as stopping for tool calls and one without as a
/// normal stop, and the raw value says `inferred` so that nobody mistakes it for an exported one.
///
/// A tool message answers the call its `tool_call_id` names, else the oldest pending call of its
/// `name`, else (neither given) the oldest pending call of the preceding assistant turn; when
/// several were pending that is a guess, warned once per trace. A requested call that no message
/// answers is still a call: a tool span right after the turn that asked for it, with status unset
/// ("no result recorded"), counted for selection, trajectory and efficiency and never as failed.
struct MessageTrajectory {
    /// The spans, root first.
    var spans: [Span] = []
    /// The first user message.
    var query: String?
    /// The last assistant text.
    var finalAnswer: String?

    init(messages: [JSONView], traceId: String, rootName: String, rootAttributes: [String: JSONValue] = [:]) {
        let times = messages.map { Timestamp.nanoseconds(iso: $0["timestamp"].string ?? "") }
        let start = times.compactMap { $0 }.first ?? 0
        let end = times.compactMap { $0 }.last ?? start
        spans.append(Span(traceId: traceId, spanId: "root", kind: .agent, name: rootName, start: start, end: end,
                          status: SpanStatus(code: .ok), attributes: rootAttributes))
        // The next timestamp after each message, found in one backward pass (linear, not a scan per message).
        var nextTime = [Int64?](repeating: nil, count: messages.count)
        var later: Int64?
        for index in messages.indices.reversed() {
            nextTime[index] = later
            if let time = times[index] { later = time }
        }
        var callsById: [String: ToolCall] = [:]
        var pending = PendingCalls()
        var lastTurn: [ToolCall] = []
        var guessed = false
        for (index, message) in messages.enumerated() {
            let begin = times[index] ?? start
            let finish = nextTime[index] ?? begin
            switch message["role"].string?.lowercased() {
            case "user":
                if query == nil { query = MessageParts.text(of: message) }
            case "assistant":
                let calls = Self.toolCalls(message)
                for call in calls {
                    if let id = call.callId { callsById[id] = call }
                    pending.append(call, origin: spans.count)
                }
                lastTurn = calls
                spans.append(llmSpan(message, index: index, calls: calls, traceId: traceId, start: begin, end: finish))
            case "tool", "function":
                // τ²-bench: tools the simulated user runs on their own device are not the agent's calls.
                if message["requestor"].string == "user" { continue }
                let callId = message["tool_call_id"].string ?? message["id"].string
                var attributes: [String: JSONValue] = [:]
                var answered = callId.flatMap { callsById[$0] } ?? message["name"].string.flatMap { pending.first(named: $0) }
                if answered == nil, callId == nil, message["name"].string == nil {
                    // Neither id nor name: the oldest call of the preceding turn still waiting.
                    let waiting = lastTurn.filter { pending.isPending($0) }
                    answered = waiting.first
                    if waiting.count > 1, !guessed {
                        guessed = true
                        attributes["tracegate.repairs"] = .array([.string("a tool message with no tool_call_id and no name was attached to "
                            + "the oldest of \(waiting.count) pending calls (\(waiting[0].name)); later ones of this trace are attached in order")])
                    }
                }
                var call = answered ?? ToolCall(name: message["name"].string ?? "unknown", callId: callId)
                pending.remove(call)
                call.result = message["content"].value?.displayText
                spans.append(Span(traceId: traceId, spanId: "m\(index)", parentSpanId: "root", kind: .tool, name: call.name,
                                  tool: call, start: begin, end: finish, status: Self.status(message), attributes: attributes))
            default:
                continue
            }
        }
        insertUnanswered(pending.unanswered, traceId: traceId)
    }

    /// Calls no message answered, each as a tool span right after the span of the turn that asked for it.
    private mutating func insertUnanswered(_ calls: [(call: ToolCall, origin: Int)], traceId: String) {
        guard !calls.isEmpty else { return }
        let byOrigin = Dictionary(grouping: calls.enumerated(), by: { $0.element.origin })
        var merged: [Span] = []
        merged.reserveCapacity(spans.count + calls.count)
        for (position, span) in spans.enumerated() {
            merged.append(span)
            for (number, entry) in byOrigin[position] ?? [] {
                merged.append(Span(traceId: traceId, spanId: "\(span.spanId).call\(number)", parentSpanId: "root", kind: .tool,
                                   name: entry.call.name, tool: entry.call, start: span.end, end: span.end,
                                   status: SpanStatus(code: .unset, message: "no result recorded")))
            }
        }
        spans = merged
    }

    private mutating func llmSpan(_ message: JSONView, index: Int, calls: [ToolCall], traceId: String, start: Int64, end: Int64) -> Span {
        let text = MessageParts.text(of: message)
        if let text { finalAnswer = text }
        let exported = message["raw_data"]["finish_reason"].string
        let stop = exported.map(StopReason.init(raw:))
            ?? StopReason(category: calls.isEmpty ? .stop : .toolCalls, raw: calls.isEmpty ? "stop (inferred)" : "tool_calls (inferred)")
        var usage: TokenUsage?
        if message["usage"].isObject {
            usage = TokenUsage(input: message["usage"]["prompt_tokens"].int64 ?? 0, output: message["usage"]["completion_tokens"].int64 ?? 0)
        }
        return Span(traceId: traceId, spanId: "m\(index)", parentSpanId: "root", kind: .llm, name: "assistant",
                    requestedToolCalls: calls, usage: usage, start: start, end: end, status: SpanStatus(code: .ok),
                    stopReason: stop, outputText: text)
    }

    /// Tool calls in OpenAI shape (`function.name`, JSON-string arguments) or τ²'s flat shape (`name`, object arguments).
    static func toolCalls(_ message: JSONView) -> [ToolCall] {
        message["tool_calls"].array.compactMap { call in
            guard let name = call["function"]["name"].string ?? call["name"].string else { return nil }
            let arguments = (call["function"]["arguments"].value ?? call["arguments"].value).map(AttributeLookup.decodeEmbedded)
            return ToolCall(name: name, arguments: arguments, callId: call["id"].string)
        }
    }

    /// A tool message fails when it says so: τ²'s `error: true`, a JSON object with an `error`
    /// member, or text that starts with "Error" / "Exception" / "Traceback".
    static func status(_ message: JSONView) -> SpanStatus {
        if message["error"].bool == true { return SpanStatus(code: .error, message: message["content"].string) }
        if message["status"].string == "error" { return SpanStatus(code: .error, message: message["content"].string) }
        guard let content = message["content"].string else { return SpanStatus(code: .ok) }
        let trimmed = content.trimmingCharacters(in: .whitespacesAndNewlines)
        let lowered = trimmed.lowercased()
        if ["error", "exception", "traceback"].contains(where: { lowered.hasPrefix($0) }) {
            return SpanStatus(code: .error, message: String(trimmed.prefix(200)))
        }
        if case .object(let object) = AttributeLookup.decodeEmbedded(.string(trimmed)),
           let error = object["error"], !error.isNull, error != .bool(false) {
            return SpanStatus(code: .error, message: error.displayText)
        }
        return SpanStatus(code: .ok)
    }
}

import Foundation
