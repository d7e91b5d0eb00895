import Foundation

/// Validation of one case of a baseline file, with errors that name the file, line and field.
struct BaselineProblem {
    let file: String
    let text: String
    let index: Int
    let caseId: String

    /// The error for `field` of this case.
    func error(_ field: String, _ message: String) -> GoldenError {
        GoldenError(file: file, line: Self.line(of: caseId, in: text), caseId: caseId, field: "cases[\(index)].\(field)", message: message)
    }

    /// Checks every field of `summary`.
    func check(_ summary: CaseSummary) throws(GoldenError) {
        guard !summary.caseId.isEmpty else { throw error("case", "must not be empty") }
        guard !summary.route.isEmpty else { throw error("route", "must not be empty") }
        guard summary.trials >= 1 else {
            throw error("trials", "is \(summary.trials); every case of a baseline needs at least one trial (a case without traces "
                + "is left out of the file, and 'tracegate baseline' refuses to leave one out unless --allow-missing)")
        }
        guard let fingerprint = summary.fingerprint, !fingerprint.isEmpty else {
            throw error("golden_fingerprint", "is missing; re-create the baseline with 'tracegate baseline'")
        }
        for (metric, score) in summary.scores.sorted(by: { $0.key < $1.key }) {
            guard score.isFinite, (0...1).contains(score) else {
                throw error("scores.\(metric.rawValue)", "is \(score); a score lies between 0 and 1")
            }
        }
        guard Set(summary.passed.keys) == Set(summary.scores.keys) else {
            throw error("passed", "must give a verdict for exactly the metrics in 'scores'")
        }
        let counts: [(String, Double?)] = [("llm_calls", summary.llmCalls), ("tool_calls", summary.toolCalls), ("tokens", summary.tokens),
                                           ("cost_usd", summary.cost), ("latency_ms", summary.latencyMs)]
        for (field, value) in counts {
            guard let value else { continue }
            guard value.isFinite, value >= 0 else { throw error(field, "is \(value); it must be a finite number, 0 or more") }
        }
        for (tool, count) in summary.missingSteps.merging(summary.expectedSteps, uniquingKeysWith: min) where count < 0 {
            throw error("missing_steps", "step '\(tool)' has a negative count")
        }
    }

    /// A decoding error as a message naming the field path.
    static func decoding(_ error: DecodingError, file: String, text: String) -> GoldenError {
        let (path, message): ([CodingKey], String)
        switch error {
        case .typeMismatch(let type, let context): (path, message) = (context.codingPath, "must be \(describe(type))")
        case .valueNotFound(let type, let context): (path, message) = (context.codingPath, "must be \(describe(type)), found null")
        case .keyNotFound(let key, let context): (path, message) = (context.codingPath + [key], "is missing")
        case .dataCorrupted(let context):
            let parent = context.codingPath.dropLast().last?.stringValue ?? ""
            let detail = ["scores", "passed"].contains(parent) || ["scores", "passed"].contains(context.codingPath.last?.stringValue ?? "") ? "names an unknown metric; allowed: \(Metric.allCases.map(\.rawValue).joined(separator: ", "))"
                : context.codingPath.isEmpty ? "is not valid JSON" : "is not valid here"
            (path, message) = (context.codingPath, detail)
        @unknown default: (path, message) = ([], "is not a tracegate baseline file")
        }
        let field = path.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined().drop { $0 == "." }
        return GoldenError(file: file, line: nil, field: field.isEmpty ? "(document)" : String(field), message: message)
    }

    private static func describe(_ type: Any.Type) -> String {
        switch type {
        case is Double.Type, is Int.Type: return "a number"
        case is String.Type: return "text"
        case is Bool.Type: return "true or false"
        default: return "of type \(type)"
        }
    }

    /// The 1-based line of `"case" : "id"` in a pretty-printed baseline, if found.
    static func line(of caseId: String, in text: String) -> Int? {
        guard let data = try? JSONEncoder().encode(caseId), let quoted = String(data: data, encoding: .utf8) else { return nil }
        var number = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            number += 1
            if line.contains("\"case\"") && line.contains(quoted) { return number }
        }
        return nil
    }
}
