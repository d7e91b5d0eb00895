import Testing
import TraceEval

@Suite struct GateTests {
    private func summary(_ id: Int, passed: Bool?, route: String = "r", critical: Bool = false, cost: Double? = nil) -> CaseSummary {
        var scores: [Metric: Double] = [:]
        var verdicts: [Metric: Bool] = [:]
        if let passed {
            scores[.taskCompletion] = passed ? 1 : 0
            verdicts[.taskCompletion] = passed
        }
        return CaseSummary(caseId: "\(route)\(id)", route: route, critical: critical, trials: passed == nil ? 0 : 1, scores: scores,
                           passed: verdicts, llmCalls: 2, toolCalls: 1, tokens: 100, cost: cost, latencyMs: 100,
                           missingSteps: [:], expectedSteps: [:])
    }

    private func judge(_ baseline: [CaseSummary], _ candidate: [CaseSummary], config: GateConfig = GateConfig(),
                       coverage: GateCoverage = GateCoverage()) -> GateResult {
        let comparison = Comparer(resamples: 2000).compare(baseline: baseline, candidate: candidate, names: ("base", "cand", "g"))
        return Gate(config: config).judge(comparison, coverage: coverage)
    }

    private let twelve = (0..<12).map { $0 }

    /// The ops golden's shape: routes of 9, 8 and 8 cases, every case passing in the baseline.
    private func ops(failing: Set<String> = [], passing: Set<String> = []) -> [CaseSummary] {
        [("single", 9), ("parallel", 8), ("sequential", 8)].flatMap { route, count in
            (0..<count).map { index in
                let id = "\(route)\(index)"
                return summary(index, passed: passing.contains(id) || !failing.contains(id), route: route)
            }
        }
    }

    @Test("a candidate identical to the baseline passes with no warning")
    func identical() {
        let cases = twelve.map { summary($0, passed: $0 % 3 != 0) }
        let result = judge(cases, cases)
        #expect(result.status == .pass)
        #expect(result.lines.allSatisfy { $0.status == .pass })
    }

    @Test("1 case of 25 pass → fail, everything else equal: passes (a warning at most)")
    func oneOfTwentyFive() {
        let result = judge(ops(), ops(failing: ["single3"]))
        #expect(result.status == .warn)
        #expect(!result.failed(strict: false))
    }

    @Test("1 case pass → fail and another fail → pass: passes")
    func oneEachWay() {
        let baseline = ops(failing: ["parallel2"])
        let result = judge(baseline, ops(failing: ["single3"], passing: ["parallel2"]))
        #expect(!result.failed(strict: false))
    }

    @Test("8 of 9 cases of one route pass → fail, none fail → pass: fails, significant after Holm over the routes")
    func wipeOutOfNine() throws {
        let failing = Set((0..<8).map { "single\($0)" })
        let result = judge(ops(), ops(failing: failing))
        #expect(result.status == .fail)
        let line = try #require(result.lines(.fail).first { $0.route == "single" })
        // McNemar (1/2)^8 = 0.00390625; Holm over 4 tests (3 routes and overall), both at 0.0039: 4 × 0.0039 = 0.0156.
        #expect(line.reason.contains("exact McNemar p = 0.0039 on 8 pass → fail vs 0 fail → pass, Holm-adjusted over 4 tests 0.0156"))
        #expect(line.reason.contains("and significant"))
    }

    @Test("2 of 3 cases of a 3-case route pass → fail: fails by the wholesale rule, where no test can reach alpha")
    func twoOfThree() throws {
        let baseline = (0..<3).map { summary($0, passed: true) }
        let result = judge(baseline, (0..<3).map { summary($0, passed: $0 == 2) })
        let line = try #require(result.lines(.fail).first)
        #expect(line.reason.contains("2 of 3 cases got worse and none better, a wholesale regression"))
    }

    @Test("1 of 3 cases pass → fail warns as underpowered, naming why")
    func oneOfThree() throws {
        let result = judge((0..<3).map { summary($0, passed: true) }, (0..<3).map { summary($0, passed: $0 != 0) })
        #expect(result.status == .warn)
        let line = try #require(result.lines(.warn).first)
        #expect(line.reason.contains("underpowered (fewer than min_samples 5 paired cases)"))
        #expect(line.reason.contains("1 worse and 0 better"))
    }

    @Test("a drop that is not significant and not wholesale warns: 2 of 12 pass → fail, McNemar p = 1/4")
    func smallDropWarns() {
        let result = judge(twelve.map { summary($0, passed: true) }, twelve.map { summary($0, passed: $0 >= 2) })
        #expect(result.status == .warn)
        #expect(result.lines(.warn).first?.reason.contains("not significant (2 worse and 0 better") == true)
        #expect(result.lines(.warn).first?.reason.contains("exact McNemar p = 0.2500") == true)
    }

    @Test("every case of a route missing from the candidate fails, naming the cases")
    func routeMissing() throws {
        var coverage = GateCoverage()
        coverage.missing = (0..<3).map { GateCoverage.CaseRef(caseId: "b\($0)", route: "b") }
        coverage.casesByRoute = ["a": 3, "b": 3]
        coverage.candidateTraces = 3
        let baseline = (0..<3).map { summary($0, passed: true, route: "a") } + (0..<3).map { summary($0, passed: true, route: "b") }
        let result = judge(baseline, (0..<3).map { summary($0, passed: true, route: "a") }, coverage: coverage)
        let line = try #require(result.lines(.fail).first { $0.check == .missingCases })
        #expect(line.reason == "every case (3) of route b is missing from candidate (no trace links to them): b0, b1, b2.")
        var loose = GateConfig()
        loose.missingCases = .warn
        loose.wholesaleMinCases = 4
        #expect(judge(baseline, (0..<3).map { summary($0, passed: true, route: "a") }, config: loose, coverage: coverage)
            .lines(.warn).contains { $0.check == .missingCases })
    }

    @Test("a candidate with no trace, or none linked, fails: nothing was compared")
    func nothingCompared() throws {
        var empty = GateCoverage()
        empty.candidateTraces = 0
        let none = judge(twelve.map { summary($0, passed: true) }, [], coverage: empty)
        #expect(none.failed(strict: false))
        var unlinked = GateCoverage()
        unlinked.candidateTraces = 4
        unlinked.unlinkedTraces = ["t1", "t2", "t3", "t4"]
        let result = judge([], [], coverage: unlinked)
        #expect(result.lines(.fail).map(\.check) == [.unlinkedTraces, .nothingCompared])
        #expect(result.lines(.fail).last?.reason == "nothing was compared: none of the candidate's 4 trace(s) links to a golden case (check the case ids or queries).")
    }

    @Test("a critical case going pass → fail fails on its own, even when the metric is within tolerance")
    func criticalAlone() {
        var config = GateConfig()
        config.metrics[.taskCompletion] = GateConfig.Rule(maxDrop: 0.1)
        let baseline = twelve.map { summary($0, passed: true, critical: $0 == 5) }
        let candidate = twelve.map { summary($0, passed: $0 != 5, critical: $0 == 5) }
        let result = judge(baseline, candidate, config: config)
        #expect(result.lines(.fail).map(\.check) == [.critical])
        #expect(result.lines(.fail).first?.reason == "critical case r5 went from pass to fail.")
        config.enforceCritical = false
        #expect(judge(baseline, candidate, config: config).status == .pass)
    }

    @Test("a floor crossed fails on its own, with no drop at all")
    func floorAlone() {
        var config = GateConfig()
        config.routes["r"] = [.taskCompletion: GateConfig.Rule(maxDrop: 0.05, min: 0.9)]
        let cases = twelve.map { summary($0, passed: $0 < 6) }
        let result = judge(cases, cases, config: config)
        #expect(result.status == .fail)
        #expect(result.lines(.fail).first?.reason == "task_completion on route r is 0.5, below the floor 0.9.")
    }

    @Test("a case missing from the candidate counts as a failure in the comparison")
    func missingCase() {
        let baseline = twelve.map { summary($0, passed: true) }
        let candidate = twelve.map { summary($0, passed: $0 < 4 ? nil : true) }
        let comparison = Comparer(resamples: 500).compare(baseline: baseline, candidate: candidate, names: ("b", "c", "g"))
        #expect(comparison.missingFromCandidate == ["r0", "r1", "r2", "r3"])
        #expect(comparison.routes[0].metric(.taskCompletion)?.worse == 4)
    }

    @Test("one paired case has no interval and no bootstrap evidence")
    func oneCase() throws {
        var base = summary(0, passed: true)
        var cand = summary(0, passed: true)
        base.scores[.stepEfficiency] = 0.9
        base.passed[.stepEfficiency] = true
        cand.scores[.stepEfficiency] = 0.3
        cand.passed[.stepEfficiency] = true
        let comparison = Comparer(resamples: 1000).compare(baseline: [base], candidate: [cand], names: ("b", "c", "g"))
        let metric = try #require(comparison.overall.metric(.stepEfficiency))
        #expect(metric.intervalText == "n = 1: no interval")
        #expect(metric.bootstrapP == 1)
        #expect(metric.pText == "1.0000")
    }

    @Test("a bootstrap p-value at 1/(B+1) is shown as a bound, never as exact")
    func bootstrapFloor() {
        #expect(MetricComparison.pText(1.0 / 10_001, bootstrap: true, resamples: 10_000) == "≤ 1.0e-04")
        #expect(MetricComparison.pText(1.0 / 10_001, bootstrap: false, resamples: 10_000) == "1.0e-04")
        #expect(MetricComparison.pText(0.25, bootstrap: true, resamples: 10_000) == "0.2500")
    }

    @Test("McNemar stays exact for small counts and finite for thousands of pairs")
    func mcNemarLarge() {
        #expect(PairedTests.mcNemarDrop(worse: 8, better: 0) == 1.0 / 256)
        let large = PairedTests.mcNemarDrop(worse: 2600, better: 2400)
        #expect(large.isFinite && large > 0 && large < 0.01)
        #expect(PairedTests.mcNemarDrop(worse: 2500, better: 2500) > 0.49)
    }

    @Test("cost beyond its relative limit fails: $0.010 → $0.013 is +30 % against a 25 % limit")
    func costLimit() {
        var config = GateConfig()
        config.costMaxIncrease = 0.25
        let result = judge(twelve.map { summary($0, passed: true, cost: 0.010) }, twelve.map { summary($0, passed: true, cost: 0.013) }, config: config)
        #expect(result.lines(.fail).map(\.check) == [.cost])
        #expect(result.lines(.fail).first?.reason.contains("+30%") == true)
    }

    @Test("the printed defaults parse back to the defaults; a bad config names the file, line and field")
    func config() throws {
        #expect(try GateConfigLoader().load(GateConfig.defaultsYAML, file: "d.yaml") == GateConfig())
        #expect {
            _ = try GateConfigLoader().load("version: 1\nmetrics:\n  task_completion: {max_drop: 2}\n", file: "t.yaml")
        } throws: { error in
            (error as? GoldenError)?.description == "t.yaml:3: field 'metrics.task_completion.max_drop': max_drop must be between 0 and 1"
        }
        #expect(throws: GoldenError.self) { _ = try GateConfigLoader().load("alpah: 0.1\n", file: "t.yaml") }
        #expect(throws: GoldenError.self) { _ = try GateConfigLoader().load("unlinked_traces: maybe\n", file: "t.yaml") }
        let custom = try GateConfigLoader().load(
            "alpha: 0.01\nunlinked_traces: warn\nroutes:\n  vendor:\n    task_completion: {max_drop: 0, min: 0.9}\ncost: {max_increase: 0.2}\n", file: "c.yaml")
        #expect(custom.alpha == 0.01)
        #expect(custom.unlinkedTraces == .warn)
        #expect(custom.rule(.taskCompletion, route: "vendor") == GateConfig.Rule(maxDrop: 0, min: 0.9))
        #expect(custom.rule(.taskCompletion, route: "other") == GateConfig.Rule(maxDrop: 0.05))
        #expect(try GateConfigLoader().load(GateConfigText.render(custom), file: "r.yaml") == custom)
    }

    @Test("a route the golden does not have is an error naming the file and line")
    func unknownRoute() throws {
        let config = try GateConfigLoader().load("version: 1\nroutes:\n  hihg_value:\n    task_completion: {min: 0.9}\n", file: "t.yaml")
        let dataset = GoldenDataset(name: "g", cases: [GoldenCase(id: "a", route: "high_value"), GoldenCase(id: "b", route: "low")])
        #expect {
            try config.validate(against: dataset)
        } throws: { error in
            (error as? GoldenError)?.description
                == "t.yaml:3: field 'routes.hihg_value': the golden dataset 'g' has no route 'hihg_value'; its routes are: high_value, low"
        }
    }
}
