import Foundation
import Testing
import TraceEval
import TraceIngest
import TraceModel

/// The demo scenarios' headline numbers, asserted from their definitions
/// (Sources/DemoDataGenerator/*Scenario.swift), not copied from the demo's output.
@Suite struct DemoScenarioTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func traces(_ run: String) throws -> [Trace] {
        try Ingestor.expand([root.appendingPathComponent("datasets/\(run)").path]).flatMap { try Ingestor().read(file: $0).traces }
    }

    static func golden(_ name: String) throws -> GoldenDataset {
        let path = root.appendingPathComponent("golden/\(name).yaml").path
        return try GoldenLoader().load(String(contentsOfFile: path, encoding: .utf8), file: path)
    }

    @Test("orchestrator-led makes exactly two LLM calls per query (route + synthesis); the loop makes one per step plus an answer")
    func llmCallsPerQuery() throws {
        for run in ["ops-orchestrator", "vendor-orchestrator", "sales-orchestrator", "bulk-with-approval"] {
            #expect(try Self.traces(run).allSatisfy { $0.totals.llmCalls == 2 }, "\(run)")
        }
        let llmLed = Dictionary(uniqueKeysWithValues: try Self.traces("ops-llm-led").map { ($0.caseId ?? "", $0.totals.llmCalls) })
        // single: get_report + answer = 2; the retry case (single-3) asks twice = 3; the refusal answers at once = 1.
        #expect(llmLed["ops-single-1"] == 2 && llmLed["ops-single-3"] == 3 && llmLed["ops-refusal-1"] == 1)
        // parallel: get_report, get_trends, answer = 3. sequential with anomalies: get_report, check_config, answer = 3;
        // without (sequential-2): 2; the loop (sequential-6): get_report + 5 × check_config + a cut-off answer = 7.
        #expect(llmLed["ops-parallel-1"] == 3 && llmLed["ops-sequential-1"] == 3 && llmLed["ops-sequential-2"] == 2)
        #expect(llmLed["ops-sequential-6"] == 7)
        // vendor high-value: classify, retrieve_policy, rerank, reason, compliance_check, answer = 6 (the retried check: 7).
        let vendor = Dictionary(uniqueKeysWithValues: try Self.traces("vendor-llm-led").map { ($0.caseId ?? "", $0.totals.llmCalls) })
        #expect(vendor["vendor-high-1"] == 6 && vendor["vendor-high-4"] == 7 && vendor["vendor-std-1"] == 5)
        #expect(try Self.traces("ops-llm-led").filter { $0.caseId != "ops-refusal-1" }.allSatisfy { $0.architecture == .llmLed })
        #expect(try Self.traces("ops-orchestrator").filter { $0.caseId != "ops-refusal-1" }.allSatisfy { $0.architecture == .orchestratorLed })
    }

    @Test("the gate fails v2 on route high_value, and the step that fails most is retrieve_policy (skipped in 10 of 12)")
    func vendorRegression() throws {
        let dataset = try Self.golden("vendor")
        let base = CaseSummary.summaries(of: Scorer(dataset: dataset).score(try Self.traces("vendor-orchestrator"), run: "v1"), dataset: dataset)
        let next = CaseSummary.summaries(of: Scorer(dataset: dataset).score(try Self.traces("vendor-orchestrator-v2"), run: "v2"), dataset: dataset)
        let comparison = Comparer().compare(baseline: base, candidate: next, names: ("v1", "v2", "vendor"))
        let result = Gate().judge(comparison)
        #expect(result.status == .fail)
        // high_value fails, and so does overall (11 of 24 pass → fail); route standard (1 of 12) does not.
        #expect(Set(result.lines(.fail).map(\.route)) == ["high_value", "overall"])
        let high = try #require(comparison.routes.first { $0.route == "high_value" })
        let worst = try #require(high.steps.first)
        #expect(worst.tool == "retrieve_policy")
        #expect(abs(worst.candidateRate - 10.0 / 12) < 1e-12 && worst.baselineRate == 0)
        // Without the policy the answer cannot cite it: the 10 skipped cases go pass → fail.
        #expect(high.passToFail.count == 10)
    }

    @Test("policy violations: the LLM-led sales agent sends all three drafts in 3 cases (2 extra each) and once without approval; bulk once")
    func policyViolations() throws {
        func violations(_ run: String, _ golden: String) throws -> Int {
            Scorer(dataset: try Self.golden(golden)).score(try Self.traces(run), run: run).cases.reduce(0) { total, score in
                total + (score.scores[.policyCompliance]?.details["violations"]?.arrayValue?.count ?? 0)
            }
        }
        #expect(try violations("sales-llm-led", "sales") == 3 * 2 + 1)
        #expect(try violations("sales-orchestrator", "sales") == 0)
        #expect(try violations("bulk-with-approval", "bulk") == 0)
        #expect(try violations("bulk-without-approval", "bulk") == 1)
    }
}

/// Scoring a trace from its evaluation digest gives what scoring the whole trace gives.
@Suite struct DigestScoringTests {
    @Test("every demo run scores the same from digests as from whole traces, case by case")
    func sameScores() throws {
        for (run, golden) in [("ops-llm-led", "ops"), ("ops-orchestrator", "ops"), ("vendor-llm-led", "vendor"),
                              ("vendor-orchestrator", "vendor"), ("sales-orchestrator", "sales"), ("bulk-with-approval", "bulk")] {
            let traces = try DemoScenarioTests.traces(run)
            let scorer = Scorer(dataset: try DemoScenarioTests.golden(golden))
            let whole = scorer.score(traces, run: run)
            let digested = scorer.score(traces.map(TraceDigest.evaluationView), run: run)
            #expect(!whole.cases.isEmpty)
            #expect(whole.cases == digested.cases, "\(run)")
            #expect(whole.overall == digested.overall, "\(run)")
        }
    }
}

/// A large run is scored on several cores; the result must be exactly the one-by-one result.
@Suite struct ParallelScoringTests {
    @Test("2,000 traces scored in parallel give the same case scores, in the same order, as scoring them one by one")
    func sameAsSequential() throws {
        let dataset = try DemoScenarioTests.golden("ops")
        let base = try DemoScenarioTests.traces("ops-llm-led")
        let traces = (0..<80).flatMap { copy in
            base.map { trace -> Trace in
                var renamed = trace
                renamed.traceId = "\(trace.traceId)-\(copy)"
                return renamed
            }
        }
        let scorer = Scorer(dataset: dataset)
        let parallel = scorer.score(traces, run: "p").cases
        #expect(parallel.count == 2_000)
        let byCase = Dictionary(grouping: traces, by: { $0.caseId ?? "" })
        let sequential = dataset.cases.flatMap { golden in (byCase[golden.id] ?? []).map { scorer.score($0, for: golden) } }
        #expect(parallel == sequential)
    }
}
