import TraceModel

/// Drafts a golden dataset from a run known to be good, the snapshot-testing way to start: each
/// case is what that run did (its calls, retries collapsed, with exact arguments, as the expected
/// tools and the reference trajectory; its route), and its answer is a TODO comment to turn into
/// outcome criteria. Scoring the same run against the draft passes. Traces are linked back by
/// their case id, or by their query when they have none; a trace with neither cannot be linked and
/// is left out (listed in `skipped`).
public struct GoldenDraft: Sendable {
    /// The dataset's name.
    public var name: String
    /// The run the draft comes from (named in the header).
    public var run: String
    /// The schema path for editors, written as a `yaml-language-server` line when given.
    public var schema: String?

    /// Creates a drafter.
    public init(name: String, run: String, schema: String? = nil) {
        self.name = name
        self.run = run
        self.schema = schema
    }

    /// The YAML text, and the ids of the traces left out.
    public func yaml(from traces: [Trace]) -> (text: String, skipped: [String]) {
        var lines: [String] = []
        if let schema { lines.append("# yaml-language-server: $schema=\(schema)") }
        lines += [
            "# Drafted by 'tracegate golden from-run --run \(run)': every case is what that run did.",
            "# Review each case: its calls are now the expected behaviour. Turn each TODO into outcome criteria.",
            "version: 1",
            "name: \(quoted(name))",
            "defaults: {trajectory_mode: in_order, args_match: exact}",
            "cases:",
        ]
        var seen = Set<String>()
        var skipped: [String] = []
        var number = 0
        for trace in traces {
            guard trace.caseId != nil || trace.query != nil else {
                skipped.append(trace.traceId)
                continue
            }
            number += 1
            let id = trace.caseId ?? "case-\(number)"
            guard seen.insert(id).inserted else { continue }  // later trials of one case
            let calls = RetryCollapser.collapse(ActualCall.calls(in: trace)).calls.map(callText)
            lines.append("  - id: \(quoted(id))")
            if let query = trace.query { lines.append("    query: \(quoted(query))") }
            lines.append("    route: \(quoted(trace.route ?? "default"))")
            lines.append("    expected:")
            if calls.isEmpty {
                lines.append("      expect_no_tools: true")
            } else {
                lines.append("      tools: [\(calls.joined(separator: ", "))]")
                lines.append("      trajectory: {steps: [\(calls.joined(separator: ", "))]}")
            }
            let answer = (trace.finalAnswer ?? "").replacingOccurrences(of: "\n", with: " ").prefix(160)
            lines.append("      # TODO outcome: the run answered \(quoted(String(answer))); for example")
            lines.append("      # outcome: {answer_contains: [\"…\"]}")
        }
        return (lines.joined(separator: "\n") + "\n", skipped)
    }

    /// `name` or `{"name": {"key": value, …}}`, values written so the loader reads them as literals.
    private func callText(_ call: ActualCall) -> String {
        guard let object = call.arguments?.objectValue, !object.isEmpty else { return quoted(call.name) }
        let arguments = object.sorted { $0.key < $1.key }.map { "\(quoted($0.key)): \(literal($0.value))" }
        return "{\(quoted(call.name)): {\(arguments.joined(separator: ", "))}}"
    }

    /// A value as a literal matcher: JSON text, except that a one-key object whose key is a matcher
    /// kind (which the loader would read as a matcher) is spelled as `fields`.
    private func literal(_ value: JSONValue) -> String {
        if let object = value.objectValue, object.count == 1, let (key, inner) = object.first, MatcherReader.kinds.contains(key) {
            return "{\"fields\": {\(quoted(key)): \(literal(inner))}}"
        }
        if let object = value.objectValue, !object.isEmpty {
            return "{" + object.sorted { $0.key < $1.key }.map { "\(quoted($0.key)): \(literal($0.value))" }.joined(separator: ", ") + "}"
        }
        return value.canonicalText
    }

    /// A YAML double-quoted scalar (JSON string syntax, which YAML reads the same way).
    private func quoted(_ text: String) -> String {
        JSONValue.string(text).canonicalText
    }
}
