import TraceModel

/// One row of the expected-against-actual table of a case: the expected call (with its matchers),
/// the actual call (with its argument values), and why they stand together. An actual call appears
/// in one row only: a call whose arguments differ is on its expected call's row, never again as extra.
public struct AlignmentRow: Sendable, Hashable {
    /// Why the row is there.
    public enum Status: String, Sendable, Hashable {
        case matched
        case outOfOrder = "out of order"
        case argumentsDiffer = "arguments differ"
        case missing
        case extra
    }

    public var status: Status
    /// `tool(key = matcher, …)`, nil for an extra call.
    public var expected: String?
    /// `tool(key = value, …)`, nil for a missing call.
    public var actual: String?
    /// The model step of the actual call.
    public var step: Int?
    /// Whether the actual call succeeded (nil: no actual call).
    public var succeeded: Bool?

    /// Creates a row.
    public init(status: Status, expected: String?, actual: String?, step: Int? = nil, succeeded: Bool? = nil) {
        self.status = status
        self.expected = expected
        self.actual = actual
        self.step = step
        self.succeeded = succeeded
    }

    /// The metric whose details ``rows(_:)`` reads: the trajectory score, else tool selection.
    public static func source(in scores: [Metric: MetricResult]) -> Metric? {
        [Metric.trajectoryScore, .toolSelectionAccuracy].first { scores[$0] != nil }
    }

    /// The metric ``source(in:)`` will name for a trace of `golden`, known before it is scored (so
    /// only its details need be made): the trajectory score whenever the case has a reference
    /// trajectory, since that metric then always has a result; else tool selection.
    static func source(for golden: GoldenCase) -> Metric {
        golden.expected.trajectory != nil ? .trajectoryScore : .toolSelectionAccuracy
    }

    /// The rows of a case's trajectory details (else its tool-selection details), in actual-call
    /// order, missing calls placed after the call that precedes them.
    public static func rows(_ score: CaseScore) -> [AlignmentRow] {
        guard let source = source(in: score.scores), let details = score.scores[source]?.details else { return [] }
        var rows: [(key: Double, row: AlignmentRow)] = []
        let outOfOrder = Set((details["out_of_order"]?.arrayValue ?? []).compactMap { $0["index"]?.int64Value })
        var actualByExpected: [Int64: Double] = [:]
        for pair in details["alignment"]?.arrayValue ?? details["matched"]?.arrayValue ?? [] {
            let expectedIndex = pair["expected"]?["index"]?.int64Value ?? 0
            let actualIndex = Double(pair["actual"]?["index"]?.int64Value ?? 0)
            actualByExpected[expectedIndex] = actualIndex
            rows.append((actualIndex, row(outOfOrder.contains(expectedIndex) ? .outOfOrder : .matched, pair["expected"], pair["actual"])))
        }
        var differing: [Int64: JSONValue] = [:]
        for diff in details["argument_diffs"]?.arrayValue ?? [] {
            if let index = diff["expected"]?["index"]?.int64Value, let actual = diff["actual"] { differing[index] = differing[index] ?? actual }
        }
        let shownAsDiffering = Set(differing.values.compactMap { $0["index"]?.int64Value })
        for missing in details["missing"]?.arrayValue ?? [] {
            let index = missing["index"]?.int64Value ?? 0
            if let actual = differing[index] {
                rows.append((Double(actual["index"]?.int64Value ?? 0), row(.argumentsDiffer, missing, actual)))
            } else {
                let before = actualByExpected.filter { $0.key < index }.map(\.value).max() ?? -1
                rows.append((before + 0.5, row(.missing, missing, nil)))
            }
        }
        for extra in details["extra"]?.arrayValue ?? [] where !shownAsDiffering.contains(extra["index"]?.int64Value ?? -1) {
            rows.append((Double(extra["index"]?.int64Value ?? 0), row(.extra, nil, extra)))
        }
        return rows.sorted { $0.key < $1.key }.map(\.row)
    }

    private static func row(_ status: Status, _ expected: JSONValue?, _ actual: JSONValue?) -> AlignmentRow {
        AlignmentRow(status: status, expected: expected.map { $0["display"]?.stringValue ?? $0["tool"]?.stringValue ?? "?" },
                     actual: actual.map(display), step: actual?["step"]?.int64Value.map(Int.init),
                     succeeded: actual.map { $0["ok"] == .bool(true) })
    }

    /// `tool(key = value, …)` from a detail's call object.
    private static func display(_ call: JSONValue) -> String {
        ToolCall(name: call["tool"]?.stringValue ?? "?", arguments: call["arguments"]).displayText
    }
}
