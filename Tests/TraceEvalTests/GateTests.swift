import Testing
import TraceEval

@Suite struct GateTests {
    private func summary(_ id: Int, passed: Bool?, route: String = "r", critical: Bool = false, cost: Double? = nil) -> CaseSummary {
        var scores: [String: Double] = [:]
        var verdicts: [String: Bool] = [:]
        if let passed {
            scores["task_completion"] = passed ? 1 : 0
            verdicts["task_completion"] = passed
        }
        return CaseSummary(caseId: "c\(id)", route: route, critical: critical, trials: passed == nil ? 0 : 1, scores: scores,
                           passed: verdicts, llmCalls: 2, toolCalls: 1, tokens: 100, cost: cost, latencyMs: 100,
                           missingSteps: [:], expectedSteps: [:])
    }

    private func judge(_ baseline: [CaseSummary], _ candidate: [CaseSummary], config: GateConfig = GateConfig()) -> GateResult {
        let comparison = Comparer(resamples: 2000).compare(baseline: baseline, candidate: candidate, names: ("base", "cand", "g"))
        return Gate(config: config).judge(comparison)
    }

    private let twelve = (0..<12).map { $0 }

    @Test("a candidate identical to the baseline passes with no warning")
    func identical() {
        let cases = twelve.map { summary($0, passed: $0 % 3 != 0) }
        let result = judge(cases, cases)
        #expect(result.status == .pass)
        #expect(result.lines.allSatisfy { $0.status == .pass })
    }

    @Test("8 of 12 cases going pass → fail is a significant drop: fail, with the numbers in the reason")
    func significantDrop() throws {
        let result = judge(twelve.map { summary($0, passed: true) }, twelve.map { summary($0, passed: $0 >= 8) })
        #expect(result.status == .fail)
        let line = try #require(result.lines(.fail).first)
        // Mean 1.0 → 0.333; McNemar (1/2)^8 = 0.0039, one test so Holm leaves it as is.
        #expect(line.reason.contains("task_completion on route r went from 1 to 0.333"))
        #expect(line.reason.contains("exact McNemar p = 0.0039 on 8 pass → fail vs 0 fail → pass"))
        #expect(line.reason.contains("significant"))
    }

    @Test("a small drop that is not significant warns: 2 of 12 pass → fail, McNemar p = 1/4")
    func smallDropWarns() {
        let result = judge(twelve.map { summary($0, passed: true) }, twelve.map { summary($0, passed: $0 >= 2) })
        #expect(result.status == .warn)
        #expect(result.lines(.warn).first?.reason.contains("not significant: exact McNemar p = 0.2500") == true)
    }

    @Test("too few paired cases only warns, however large the drop")
    func tooFewSamples() {
        let result = judge((0..<3).map { summary($0, passed: true) }, (0..<3).map { summary($0, passed: false) })
        #expect(result.status == .warn)
        #expect(result.lines(.warn).first?.reason.contains("only 3 paired cases (min_samples 5)") == true)
    }

    @Test("a critical case going pass → fail fails on its own, even when the metric is within tolerance")
    func criticalAlone() {
        var config = GateConfig()
        config.metrics["task_completion"] = GateConfig.Rule(maxDrop: 0.1)
        let baseline = twelve.map { summary($0, passed: true, critical: $0 == 5) }
        let candidate = twelve.map { summary($0, passed: $0 != 5, critical: $0 == 5) }
        let result = judge(baseline, candidate, config: config)
        #expect(result.lines(.fail).map(\.check) == ["critical"])
        #expect(result.lines(.fail).first?.reason == "critical case c5 went from pass to fail.")
        config.enforceCritical = false
        #expect(judge(baseline, candidate, config: config).status == .pass)
    }

    @Test("a floor crossed fails on its own, with no drop at all")
    func floorAlone() {
        var config = GateConfig()
        config.routes["r"] = ["task_completion": GateConfig.Rule(maxDrop: 0.05, min: 0.9)]
        let cases = twelve.map { summary($0, passed: $0 < 6) }
        let result = judge(cases, cases, config: config)
        #expect(result.status == .fail)
        #expect(result.lines(.fail).first?.reason == "task_completion on route r is 0.5, below the floor 0.9.")
    }

    @Test("a case missing from the candidate counts as a failure")
    func missingCase() {
        let baseline = twelve.map { summary($0, passed: true) }
        let candidate = twelve.map { summary($0, passed: $0 < 4 ? nil : true) }
        let comparison = Comparer(resamples: 500).compare(baseline: baseline, candidate: candidate, names: ("b", "c", "g"))
        #expect(comparison.missingFromCandidate == ["c0", "c1", "c2", "c3"])
        #expect(comparison.routes[0].metric("task_completion")?.worse == 4)
    }

    @Test("cost beyond its relative limit fails: $0.010 → $0.013 is +30 % against a 25 % limit")
    func costLimit() {
        var config = GateConfig()
        config.costMaxIncrease = 0.25
        let result = judge(twelve.map { summary($0, passed: true, cost: 0.010) }, twelve.map { summary($0, passed: true, cost: 0.013) }, config: config)
        #expect(result.lines(.fail).map(\.check) == ["cost"])
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
        let custom = try GateConfigLoader().load(
            "alpha: 0.01\nroutes:\n  vendor:\n    task_completion: {max_drop: 0, min: 0.9}\ncost: {max_increase: 0.2}\n", file: "c.yaml")
        #expect(custom.alpha == 0.01)
        #expect(custom.rule("task_completion", route: "vendor") == GateConfig.Rule(maxDrop: 0, min: 0.9))
        #expect(custom.rule("task_completion", route: "other") == GateConfig.Rule(maxDrop: 0.05))
        #expect(try GateConfigLoader().load(GateConfigText.render(custom), file: "r.yaml") == custom)
    }
}
