import Foundation
import TraceModel

/// Deterministic workloads: OTLP/JSON Lines with GenAI attributes (traces of ten spans: an agent,
/// four model calls, five tool calls), and chat-message trajectories with a golden dataset.
enum Workload {
    /// Writes about `megabytes` MB of OTLP JSON Lines (one trace per line) to `url`; returns traces and spans written.
    static func otlp(_ url: URL, megabytes: Int, salt: Int = 0) throws -> (traces: Int, spans: Int) {
        _ = FileManager.default.createFile(atPath: url.path, contents: nil)
        let handle = try FileHandle(forWritingTo: url)
        defer { try? handle.close() }
        var written = 0
        var traces = 0
        var buffer = ""
        let target = megabytes * 1_000_000
        while written < target {
            let line = trace(index: traces, salt: salt) + "\n"
            buffer += line
            written += line.utf8.count
            traces += 1
            if buffer.utf8.count > 4_000_000 { handle.write(Data(buffer.utf8)); buffer = "" }
        }
        handle.write(Data(buffer.utf8))
        return (traces, traces * 10)
    }

    static func trace(index: Int, salt: Int) -> String {
        let traceId = String(format: "%016x%016x", salt &+ 0x5EED, index)
        let base = 1_772_442_000_000_000_000 + Int64(index) * 10_000_000_000
        var spans: [String] = []
        func kv(_ key: String, _ value: String) -> String { #"{"key":"\#(key)","value":{"stringValue":"\#(value)"}}"# }
        func iv(_ key: String, _ value: Int) -> String { #"{"key":"\#(key)","value":{"intValue":"\#(value)"}}"# }
        let root = String(format: "%016x", index * 16 + 1)
        spans.append(#"{"traceId":"\#(traceId)","spanId":"\#(root)","parentSpanId":"","name":"invoke_agent ops","kind":1,"startTimeUnixNano":"\#(base)","endTimeUnixNano":"\#(base + 9_000_000_000)","attributes":[\#(kv("gen_ai.operation.name", "invoke_agent")),\#(kv("gen_ai.agent.name", "ops-assistant")),\#(kv("tracegate.case_id", "case-\(index % goldenCases)"))],"status":{"code":1}}"#)
        for step in 0..<4 {
            let llm = String(format: "%016x", index * 16 + 2 + step * 2)
            let start = base + Int64(step) * 2_000_000_000
            let call = "call_\(index)_\(step)"
            spans.append(#"{"traceId":"\#(traceId)","spanId":"\#(llm)","parentSpanId":"\#(root)","name":"chat gpt-4o","kind":3,"startTimeUnixNano":"\#(start)","endTimeUnixNano":"\#(start + 900_000_000)","attributes":[\#(kv("gen_ai.operation.name", "chat")),\#(kv("gen_ai.request.model", "gpt-4o")),\#(kv("gen_ai.response.model", "gpt-4o-2024-08-06")),\#(iv("gen_ai.usage.input_tokens", 900 + step * 150)),\#(iv("gen_ai.usage.output_tokens", 40)),{"key":"gen_ai.response.finish_reasons","value":{"arrayValue":{"values":[{"stringValue":"\#(step < 3 ? "tool_calls" : "stop")"}]}}},\#(kv("gen_ai.output.messages", #"[{\"role\":\"assistant\",\"parts\":[{\"type\":\"tool_call\",\"id\":\"\#(call)\",\"name\":\"get_report\",\"arguments\":{\"entity\":\"cluster-a\"}}],\"finish_reason\":\"tool_calls\"}]"#))],"status":{"code":1}}"#)
            let tool = String(format: "%016x", index * 16 + 3 + step * 2)
            spans.append(#"{"traceId":"\#(traceId)","spanId":"\#(tool)","parentSpanId":"\#(root)","name":"execute_tool get_report","kind":1,"startTimeUnixNano":"\#(start + 950_000_000)","endTimeUnixNano":"\#(start + 1_200_000_000)","attributes":[\#(kv("gen_ai.operation.name", "execute_tool")),\#(kv("gen_ai.tool.name", step % 2 == 0 ? "get_report" : "get_trends")),\#(kv("gen_ai.tool.call.id", call)),\#(kv("gen_ai.tool.call.arguments", #"{\"entity\":\"cluster-a\",\"window\":\"7d\"}"#)),\#(kv("gen_ai.tool.call.result", #"{\"p95_latency_ms\":184,\"error_rate\":0.004}"#))],"status":{"code":1}}"#)
        }
        let last = String(format: "%016x", index * 16 + 12)
        spans.append(#"{"traceId":"\#(traceId)","spanId":"\#(last)","parentSpanId":"\#(root)","name":"execute_tool check_config","kind":1,"startTimeUnixNano":"\#(base + 8_500_000_000)","endTimeUnixNano":"\#(base + 8_700_000_000)","attributes":[\#(kv("gen_ai.operation.name", "execute_tool")),\#(kv("gen_ai.tool.name", "check_config")),\#(kv("gen_ai.tool.call.arguments", #"{\"entity\":\"cluster-a\"}"#))],"status":{"code":1}}"#)
        return #"{"resourceSpans":[{"resource":{"attributes":[\#(kv("service.name", "ops"))]},"scopeSpans":[{"scope":{"name":"bench"},"spans":[\#(spans.joined(separator: ","))]}]}]}"#
    }

    /// The golden dataset's size: one case per gate trace, as a user's regression suite would have.
    static let goldenCases = 10_000

    /// A golden dataset for the workloads' case ids, in block style as people write it.
    static func golden() -> String {
        var yaml = "version: 1\nname: bench\ndefaults:\n  trajectory_mode: contains_expected\n  args_match: superset\ncases:\n"
        for index in 0..<goldenCases {
            yaml += """
                  - id: case-\(index)
                    query: "Check cluster-\(index % 9) and report anything unusual."
                    route: r\(index % 5)
                    expected:
                      tools: [get_report, get_trends, check_config]
                      trajectory:
                        steps:
                          - get_report: {entity: cluster-a}
                          - get_trends
                          - check_config
                      optimal_steps: 5
                      outcome:
                        termination: normal

                """
        }
        return yaml
    }

    /// Chat-message trajectories (one per JSON Lines line) for the agentevals comparison, with the reference.
    static func messages(_ url: URL, count: Int) throws {
        var lines: [String] = []
        for index in 0..<count {
            var messages: [String] = [#"{"role":"user","content":"Check cluster-\#(index % 9) and report."}"#]
            for step in 0..<5 {
                let name = ["get_report", "get_trends", "check_config", "get_report", "get_trends"][step]
                messages.append(#"{"role":"assistant","content":null,"tool_calls":[{"id":"c\#(step)","type":"function","function":{"name":"\#(name)","arguments":"{\"entity\":\"cluster-\#(index % 9)\"}"}}]}"#)
                messages.append(#"{"role":"tool","tool_call_id":"c\#(step)","content":"ok"}"#)
            }
            messages.append(#"{"role":"assistant","content":"All good."}"#)
            lines.append(#"{"id":"m\#(index)","case_id":"case-\#(index % goldenCases)","messages":[\#(messages.joined(separator: ","))]}"#)
        }
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: url)
    }
}
