import Foundation
import TraceModel

/// TaskCompletion: was the user's goal achieved? (EVALUATORS.md)
///
/// Every criterion under `outcome` is hard; score = satisfied / applicable, passed = all hold.
/// Choices where the definition is silent:
/// - `answer_contains` matches on word boundaries when the expected text begins or ends with a
///   letter or digit, so "4" is not found in "42" and "cat" not in "category".
/// - `answer_number` reads every number in the answer (commas as thousands separators) and
///   passes when one is within tolerance; "42" is never read as 4.
/// - `recorded` fails when the trace recorded no outcome; success is a reward within 1e-6 of 1.
/// - `termination: normal`: the root span did not fail, the last model call neither failed nor
///   stopped for length, content filter or error, and the export did not record a step limit.
/// - An empty trajectory (no tool call and no answer) fails unless `expect_no_action`.
public enum TaskCompletion {
    /// The result, or nil when the case has no outcome criteria.
    public static func evaluate(_ input: CaseInput) -> MetricResult? {
        let outcome = input.golden.expected.outcome
        guard !outcome.isEmpty else { return nil }
        let trace = input.trace
        let answer = trace.finalAnswer ?? ""
        var checks: [(String, Bool)] = []
        for text in outcome.answerContains { checks.append(("answer_contains: \(text)", TextMatch.contains(answer, text))) }
        if let regex = outcome.answerRegex {
            checks.append(("answer_regex", regex.evaluate(answer) == .match))
        }
        if let equals = outcome.answerEquals {
            checks.append(("answer_equals", answer.trimmingCharacters(in: .whitespacesAndNewlines) == equals.trimmingCharacters(in: .whitespacesAndNewlines)))
        }
        if let target = outcome.answerNumber {
            let tolerance = max(target.abs, target.rel * abs(target.value))
            checks.append(("answer_number", TextMatch.numbers(in: answer).contains { abs($0 - target.value) <= tolerance }))
        }
        let messages = trace.spans.filter { $0.kind == .llm }.compactMap(\.outputText) + [answer]
        for fact in outcome.mustCommunicate {
            let needle = TextMatch.fold(fact)
            checks.append(("must_communicate: \(fact)", messages.contains { TextMatch.fold($0).contains(needle) }))
        }
        if !outcome.requiredActions.isEmpty {
            let successful = input.calls.filter(\.succeeded)
            let (_, weight) = Assignment.maximumWeight(input.weights(outcome.requiredActions, successful))
            checks.append(("required_actions", Int(weight.rounded()) == outcome.requiredActions.count))
        }
        if outcome.recorded == true {
            checks.append(("recorded", trace.recordedOutcome.map { abs($0 - 1) <= 1e-6 } ?? false))
        }
        if outcome.termination == "normal" { checks.append(("termination: normal", endedNormally(trace))) }
        if outcome.expectNoAction {
            checks.append(("expect_no_action", !input.rawCalls.contains { input.isSideEffect($0.name) }))
        }
        let empty = input.rawCalls.isEmpty && (trace.finalAnswer ?? "").isEmpty
        if empty && !outcome.expectNoAction { checks.append(("non-empty trajectory", false)) }
        let satisfied = checks.filter(\.1).count
        let score = Double(satisfied) / Double(checks.count)
        guard input.detailed.contains(.taskCompletion) else { return MetricResult(score: score, passed: satisfied == checks.count) }
        let details: [String: JSONValue] = [
            "criteria": .array(checks.map { .object(["criterion": .string($0.0), "holds": .bool($0.1)]) }),
            "failed": .array(checks.filter { !$0.1 }.map { .string($0.0) }),
        ]
        return MetricResult(score: score, passed: satisfied == checks.count, details: details)
    }

    /// The run ended without error and was not cut short.
    static func endedNormally(_ trace: Trace) -> Bool {
        if trace.spans.first?.status.isError == true { return false }
        if let how = trace.termination, ["max_steps", "too_many_errors", "error", "max_turns"].contains(how) {
            return false
        }
        guard let last = trace.spans.last(where: { $0.kind == .llm }) else { return true }
        if last.status.isError { return false }
        return ![.length, .contentFilter, .error].contains(last.stopReason?.category)
    }
}
