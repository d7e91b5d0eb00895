import TraceModel

/// ToolSelectionAccuracy: did it pick the right tools? (EVALUATORS.md)
///
/// F1 of the optimal one-to-one assignment between the expected multiset and the logical calls;
/// 0 when a forbidden tool, or a tool outside the catalog (when the dataset has one), is called.
/// N/A when the case lists no expected tools, or expects none, calls some, and does not say
/// `expect_no_tools`.
public enum ToolSelectionAccuracy {
    /// The result, or nil when the metric does not apply.
    public static func evaluate(_ input: CaseInput) -> MetricResult? {
        let expectation = input.golden.expected
        let expected = expectation.tools ?? (expectation.expectNoTools ? [] : nil)
        guard let expected else { return nil }
        let actual = input.calls
        let threshold = input.dataset.threshold(.toolSelectionAccuracy)
        let forbidden = actual.filter { expectation.forbiddenTools.contains($0.name) }.map(\.name)
        let hallucinated = input.dataset.tools.isEmpty ? [] : actual.filter { input.dataset.tools[$0.name] == nil }.map(\.name)
        let (pairs, weight) = Assignment.maximumWeight(input.weights(expected, actual))
        let detailed = input.detailed.contains(.toolSelectionAccuracy)
        var details: [String: JSONValue] = !detailed ? [:] : [
            "matched": .array(pairs.map { .object(["expected": Details.expected(expected[$0.row], index: $0.row),
                                                   "actual": Details.call(actual[$0.column])]) }),
            "missing": .array(expected.indices.filter { index in !pairs.contains { $0.row == index } }
                .map { Details.expected(expected[$0], index: $0) }),
            "extra": .array(actual.indices.filter { index in !pairs.contains { $0.column == index } }.map { Details.call(actual[$0]) }),
            "forbidden": Details.names(forbidden), "hallucinated": Details.names(hallucinated),
            "retries": .int(Int64(input.retries)),
        ]
        let score: Double
        if expected.isEmpty && actual.isEmpty {
            score = 1
        } else if expected.isEmpty {
            guard expectation.expectNoTools else { return nil }
            score = 0
        } else if actual.isEmpty {
            score = 0
        } else {
            let precision = weight / Double(actual.count)
            let recall = weight / Double(expected.count)
            score = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0
            if detailed {
                details["precision"] = Details.number(precision)
                details["recall"] = Details.number(recall)
            }
        }
        let final = forbidden.isEmpty && hallucinated.isEmpty ? score : 0
        return MetricResult(score: final, passed: final >= threshold - 1e-12, details: details)
    }
}
