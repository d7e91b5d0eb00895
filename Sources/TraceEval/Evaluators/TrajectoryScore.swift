import TraceModel

/// TrajectoryScore: was the path right, not just the answer? (EVALUATORS.md)
///
/// Ordered modes (`exact`, `in_order`) align by weighted LCS over turns: the calls of one model
/// turn are parallel, so their order inside the turn does not count. They are first put in the
/// order of the expected calls an optimal assignment matches them to (unmatched ones last, in
/// execution order), then aligned; calls in separate turns keep their order. So
/// `[weather(SF), weather(London)]` in one turn passes `exact` against `[weather(London),
/// weather(SF)]`, and the same calls in two turns do not. Unordered modes align by optimal
/// assignment. score = similarity × satisfied order constraints / all constraints; passed = the
/// mode holds and every constraint holds. Empty on both sides scores 1 and passes; an empty
/// side makes the ratio that divides by it 1 (the empty set is contained in anything).
public enum TrajectoryScore {
    /// The result, or nil when the case has no reference trajectory.
    public static func evaluate(_ input: CaseInput) -> MetricResult? {
        guard let spec = input.golden.expected.trajectory else { return nil }
        let expected = spec.steps
        let mode = input.trajectoryMode
        let ordered = mode == .exact || mode == .inOrder
        let actual = ordered ? turnOrdered(expected, input.calls, input: input) : input.calls
        let weights = input.weights(expected, actual)
        let (pairs, weight) = ordered ? WeightedLCS.align(weights) : Assignment.maximumWeight(weights)
        let e = Double(expected.count)
        let a = Double(actual.count)
        func ratio(_ denominator: Double) -> Double { denominator == 0 ? 1 : weight / denominator }
        let similarity: Double
        let holds: Bool
        switch mode {
        case .exact, .unordered:
            similarity = expected.isEmpty && actual.isEmpty ? 1 : ratio(max(e, a))
            holds = expected.count == actual.count && weight == e
        case .inOrder, .containsExpected:
            similarity = ratio(e)
            holds = weight == e
        case .withinExpected:
            similarity = ratio(a)
            holds = weight == a
        }
        let constraints = spec.mustPrecede.map { ($0, satisfied($0, actual)) }
        let satisfiedCount = constraints.filter(\.1).count
        let constraintFactor = constraints.isEmpty ? 1 : Double(satisfiedCount) / Double(constraints.count)
        let score = similarity * constraintFactor
        let passed = holds && satisfiedCount == constraints.count
        guard input.detailed.contains(.trajectoryScore) else { return MetricResult(score: score, passed: passed) }
        var details = alignmentDetails(expected: expected, actual: actual, pairs: pairs, input: input)
        details["mode"] = .string(mode.rawValue)
        details["similarity"] = Details.number(similarity)
        details["order_constraints"] = .array(constraints.map { constraint, ok in
            .object(["before": .string(constraint.before), "after": .string(constraint.after), "satisfied": .bool(ok)])
        })
        return MetricResult(score: score, passed: passed, details: details)
    }

    /// `calls` with each turn's calls (consecutive calls of one step) sorted by the expected call an
    /// optimal assignment gives them, unmatched ones after, in execution order.
    static func turnOrdered(_ expected: [ExpectedCall], _ calls: [ActualCall], input: CaseInput) -> [ActualCall] {
        guard calls.count > 1, calls.indices.dropFirst().contains(where: { calls[$0].step == calls[$0 - 1].step }) else { return calls }
        let (pairs, _) = Assignment.maximumWeight(input.weights(expected, calls))
        var rank: [Int: Int] = [:]
        for pair in pairs { rank[pair.column] = pair.row }
        var ordered: [ActualCall] = []
        ordered.reserveCapacity(calls.count)
        var start = 0
        while start < calls.count {
            var end = start
            while end + 1 < calls.count, calls[end + 1].step == calls[start].step { end += 1 }
            let turn = (start...end).sorted { (rank[$0] ?? Int.max, $0) < (rank[$1] ?? Int.max, $1) }
            ordered += turn.map { calls[$0] }
            start = end + 1
        }
        return ordered
    }

    /// Every call to `after` comes after some call to `before`.
    static func satisfied(_ constraint: OrderConstraint, _ calls: [ActualCall]) -> Bool {
        guard let firstBefore = calls.first(where: { $0.name == constraint.before })?.index else {
            return !calls.contains { $0.name == constraint.after }
        }
        return calls.filter { $0.name == constraint.after }.allSatisfy { $0.index > firstBefore }
    }

    private static func alignmentDetails(expected: [ExpectedCall], actual: [ActualCall], pairs: [(row: Int, column: Int)],
                                         input: CaseInput) -> [String: JSONValue] {
        let matchedRows = Set(pairs.map(\.row))
        let matchedColumns = Set(pairs.map(\.column))
        let table = pairs.map { pair in
            JSONValue.object(["expected": Details.expected(expected[pair.row], index: pair.row), "actual": Details.call(actual[pair.column])])
        }
        let argumentDiffs = expected.indices.filter { !matchedRows.contains($0) }.compactMap { row -> JSONValue? in
            guard let column = actual.indices.first(where: { actual[$0].name == expected[row].tool && !matchedColumns.contains($0) }) else {
                return nil
            }
            return .object(["expected": Details.expected(expected[row], index: row), "actual": Details.call(actual[column])])
        }
        let differing = Set(argumentDiffs.compactMap { $0["expected"]?["index"]?.int64Value })
        // First divergence: the first expected step that is unmatched (or called with other
        // arguments), or matched out of order.
        var divergence: JSONValue = .null
        var lastColumn = -1
        for row in expected.indices {
            guard let pair = pairs.first(where: { $0.row == row }) else {
                let what = differing.contains(Int64(row)) ? "arguments differ for" : "missing"
                divergence = .object(["expected_index": .int(Int64(row)), "reason": .string("\(what) \(expected[row].displayText)")])
                break
            }
            if pair.column < lastColumn {
                divergence = .object(["expected_index": .int(Int64(row)), "reason": .string("out of order: \(expected[row].label)")])
                break
            }
            lastColumn = pair.column
        }
        let outOfOrder = pairs.enumerated().filter { position, pair in
            pairs[..<position].contains { $0.column > pair.column }
        }.map { Details.expected(expected[$0.element.row], index: $0.element.row) }
        return [
            "alignment": .array(table),
            "missing": .array(expected.indices.filter { !matchedRows.contains($0) }.map { Details.expected(expected[$0], index: $0) }),
            "extra": .array(actual.indices.filter { !matchedColumns.contains($0) }.map { Details.call(actual[$0]) }),
            "first_divergence": divergence,
            "out_of_order": .array(outOfOrder),
            "argument_diffs": .array(argumentDiffs),
        ]
    }
}
