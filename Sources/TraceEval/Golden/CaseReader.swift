import Foundation
import TraceModel

/// Reads one case of a golden file, validating every field.
struct CaseReader {
    let dataset: GoldenDataset

    func read(_ unscoped: YAMLReader) throws(GoldenError) -> GoldenCase {
        // Name the case in every error, even one about a key before its id.
        let peekedId = (try? unscoped.anyMapping())?.first { $0.key == "id" }.flatMap { try? $0.value.string() }
        let reader = peekedId.map(unscoped.inCase) ?? unscoped
        let members = try reader.mapping(allowed: LoaderKeys.goldenCase)
        guard let idReader = members["id"] else { throw reader.error("missing key 'id'") }
        let id = try idReader.string()
        guard !id.isEmpty else { throw idReader.error("must not be empty") }
        let scoped = { (field: String) in members[field]?.inCase(id) }
        guard let route = try scoped("route")?.string(), !route.isEmpty else {
            throw reader.inCase(id).error("missing key 'route' (the cohort that per-route gates compare)")
        }
        var golden = GoldenCase(id: id, query: try scoped("query")?.string(), route: route,
                                tags: try scoped("tags")?.strings() ?? [], critical: try scoped("critical")?.bool() ?? false)
        if let expected = scoped("expected") { golden.expected = try readExpected(expected) }
        return golden
    }

    private func readExpected(_ reader: YAMLReader) throws(GoldenError) -> CaseExpectation {
        let members = try reader.mapping(allowed: LoaderKeys.expected)
        var expected = CaseExpectation()
        if let tools = members["tools"] { expected.tools = try Self.calls(tools) }
        expected.forbiddenTools = try members["forbidden_tools"]?.strings() ?? []
        expected.expectNoTools = try members["expect_no_tools"]?.bool() ?? false
        if let trajectory = members["trajectory"] { expected.trajectory = try readTrajectory(trajectory) }
        if let steps = members["optimal_steps"] {
            let value = try steps.int()
            guard value >= 0 else { throw steps.error("must be 0 or more") }
            expected.optimalSteps = value
        }
        if let outcome = members["outcome"] { expected.outcome = try OutcomeReader.read(outcome) }
        if let budgets = members["budgets"] { expected.budgets = try readBudgets(budgets) }
        return expected
    }

    private func readTrajectory(_ reader: YAMLReader) throws(GoldenError) -> TrajectorySpec {
        let members = try reader.mapping(allowed: LoaderKeys.trajectory)
        var spec = TrajectorySpec(steps: [])
        if let mode = members["mode"] { spec.mode = try GoldenLoader.trajectoryMode(mode) }
        if let steps = members["steps"] { spec.steps = try Self.calls(steps) }
        for pair in try members["must_precede"]?.sequence() ?? [] {
            let names = try pair.strings()
            guard names.count == 2 else { throw pair.error("each constraint is a pair [before, after], found \(names.count) names") }
            spec.mustPrecede.append(OrderConstraint(before: names[0], after: names[1]))
        }
        return spec
    }

    private func readBudgets(_ reader: YAMLReader) throws(GoldenError) -> Budgets {
        let members = try reader.mapping(allowed: LoaderKeys.budgets)
        return Budgets(maxLLMCalls: try members["max_llm_calls"]?.int(), maxToolCalls: try members["max_tool_calls"]?.int(),
                       maxTokens: (try members["max_tokens"]?.int()).map(Int64.init), maxCostUSD: try members["max_cost_usd"]?.number(),
                       maxLatencyMs: try members["max_latency_ms"]?.number())
    }

    /// A list of expected calls: bare names or one-key maps `tool: {arg: matcher}`.
    static func calls(_ reader: YAMLReader) throws(GoldenError) -> [ExpectedCall] {
        var calls: [ExpectedCall] = []
        for item in try reader.sequence() { calls.append(try call(item)) }
        return calls
    }

    static func call(_ reader: YAMLReader) throws(GoldenError) -> ExpectedCall {
        if case .scalar = reader.node.content { return ExpectedCall(tool: try reader.string()) }
        let members = try reader.anyMapping()
        guard members.count == 1, let (tool, arguments) = members.first else {
            throw reader.error("an expected call is a tool name or a one-key map 'tool: {arg: matcher}', found \(members.count) keys")
        }
        if arguments.isNull { return ExpectedCall(tool: tool) }
        var matchers: [String: ArgumentMatcher] = [:]
        for (key, value) in try arguments.anyMapping() { matchers[key] = try MatcherReader.read(value) }
        return ExpectedCall(tool: tool, arguments: matchers)
    }
}
