import Foundation
import TraceJSON

/// Reads a well-formed baseline file straight from the simdjson tape: a tenth of the time
/// Foundation's `JSONDecoder` takes on 10,000 cases. It answers only when the file is exactly what
/// `JSONDecoder` would accept without a doubt (every field of the right JSON type, no key twice, no
/// unknown metric); anything else gives nil, and ``BaselineFile/decode(_:file:)`` then decodes the
/// file with `JSONDecoder`, whose result or error stands. Unknown keys are ignored, as there.
enum BaselineTapeReader {
    /// The baseline, or nil when the file is not plainly well formed.
    static func read(_ data: Data) -> BaselineFile? {
        guard let root = try? JSONDocumentParser().parse(data) else { return nil }
        var schema: String?, run: String?, golden: String?, cases: [CaseSummary]?
        for (key, value) in root.orderedMembers {
            switch key {
            case "schema": guard schema == nil, let text = value.string else { return nil }; schema = text
            case "run": guard run == nil, let text = value.string else { return nil }; run = text
            case "golden": guard golden == nil, let text = value.string else { return nil }; golden = text
            case "cases":
                guard cases == nil, value.isArray else { return nil }
                var read: [CaseSummary] = []
                for item in value.array {
                    guard let summary = summary(item) else { return nil }
                    read.append(summary)
                }
                cases = read
            default: continue
            }
        }
        guard schema == BaselineFile.schemaName, let run, let golden, let cases else { return nil }
        var file = BaselineFile(run: run, golden: golden, cases: [])
        file.cases = cases
        return file
    }

    /// One case, or nil when a field is missing, repeated or of another JSON type.
    private static func summary(_ object: JSONView) -> CaseSummary? {
        guard object.isObject else { return nil }
        var seen = Set<String>()
        var caseId: String?, route: String?, critical: Bool?, trials: Int?, fingerprint: String?
        var scores: [Metric: Double]?, passed: [Metric: Bool]?, missing: [String: Int]?, expected: [String: Int]?
        var numbers: [String: Double] = [:]
        var cost: Double?
        for (key, value) in object.orderedMembers {
            guard seen.insert(key).inserted else { return nil }
            switch key {
            case "case": caseId = value.string
            case "route": route = value.string
            case "critical": critical = value.bool
            case "trials": trials = value.integer.flatMap { Int(exactly: $0) }
            case "scores": scores = metrics(value, \.number)
            case "passed": passed = metrics(value, \.bool)
            case "missing_steps": missing = counts(value)
            case "expected_steps": expected = counts(value)
            case "llm_calls", "tool_calls", "tokens", "latency_ms": numbers[key] = value.number
            case "cost_usd":
                guard value.isPresent else { continue }
                guard let number = value.number else { return nil }
                cost = number
            case "golden_fingerprint":
                guard value.isPresent else { continue }
                guard let text = value.string else { return nil }
                fingerprint = text
            default: continue
            }
        }
        guard let caseId, let route, let critical, let trials, let scores, let passed, let missing, let expected,
              let llmCalls = numbers["llm_calls"], let toolCalls = numbers["tool_calls"], let tokens = numbers["tokens"],
              let latency = numbers["latency_ms"] else { return nil }
        var summary = CaseSummary(caseId: caseId, route: route, critical: critical, trials: trials, scores: scores, passed: passed,
                                  llmCalls: llmCalls, toolCalls: toolCalls, tokens: tokens, cost: cost, latencyMs: latency,
                                  missingSteps: missing, expectedSteps: expected)
        summary.fingerprint = fingerprint
        return summary
    }

    /// An object keyed by metric names, every value read by `read`; nil on an unknown metric or a bad value.
    private static func metrics<Value>(_ object: JSONView, _ read: (JSONView) -> Value?) -> [Metric: Value]? {
        guard object.isObject else { return nil }
        var result: [Metric: Value] = [:]
        for (key, value) in object.orderedMembers {
            guard let metric = Metric(rawValue: key), result[metric] == nil, let item = read(value) else { return nil }
            result[metric] = item
        }
        return result
    }

    /// An object of whole-number counts by tool name.
    private static func counts(_ object: JSONView) -> [String: Int]? {
        guard object.isObject else { return nil }
        var result: [String: Int] = [:]
        for (key, value) in object.orderedMembers {
            guard result[key] == nil, let count = value.integer.flatMap({ Int(exactly: $0) }) else { return nil }
            result[key] = count
        }
        return result
    }
}
