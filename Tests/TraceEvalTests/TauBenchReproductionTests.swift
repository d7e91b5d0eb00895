import Foundation
import Testing
import TraceEval
import TraceIngest
import TraceModel

/// Scores τ-bench's published gpt-4o airline trajectories with the golden dataset derived from its
/// ground truth, and compares with two external sources:
/// - τ-bench's README leaderboard: gpt-4o (tool calling) airline pass^1..4 = 0.420, 0.273, 0.220, 0.200;
/// - agentevals 0.0.9's trajectory-match verdicts on the same 200 trajectories
///   (`Fixtures/agentevals-…json`, generated as its `.source.txt` says).
@Suite struct TauBenchReproductionTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func traces() throws -> [Trace] {
        try Ingestor().read(file: root.appendingPathComponent("datasets/tau-bench/gpt-4o-airline.json").path).traces
    }

    static func dataset() throws -> GoldenDataset {
        let path = root.appendingPathComponent("golden/tau-bench-airline.yaml").path
        return try GoldenLoader().load(String(contentsOfFile: path, encoding: .utf8), file: path)
    }

    @Test("TaskCompletion pass rate 0.42 and pass^1..4 = 0.4200, 0.2733, 0.2200, 0.2000, as τ-bench publishes")
    func publishedNumbers() throws {
        let score = Scorer(dataset: try Self.dataset()).score(try Self.traces(), run: "gpt-4o-airline")
        let task = try #require(score.overall.metrics[.taskCompletion])
        #expect(task.n == 200)
        #expect(abs(task.passRate - 0.42) < 1e-12)
        let published: [Int: Double] = [1: 0.420, 2: 0.273, 3: 0.220, 4: 0.200]
        #expect(score.overall.passK.keys.sorted() == [1, 2, 3, 4])
        for (k, value) in published {
            #expect(abs(score.overall.passK[k]! - value) < 0.0005, "pass^\(k)")
        }
        // Exact values from the formula: 21/50, 41/150, 11/50, 10/50.
        #expect(abs(score.overall.passK[2]! - 41.0 / 150) < 1e-12)
        #expect(score.unlinkedTraces.isEmpty && score.casesWithoutTrace.isEmpty)
    }

    struct Row: Decodable {
        let task_id: Int
        let trial: Int
        let scores: [String: Bool]
    }

    struct Derived: Decodable {
        let rows: [Row]
    }

    @Test("parity with agentevals on 200 trajectories × 3 modes × 2 argument policies; the one difference is explained")
    func agentevalsParity() throws {
        let data = try Data(contentsOf: Self.root.appendingPathComponent(
            "Tests/TraceEvalTests/Fixtures/agentevals-0.0.9_trajectory-match_on_tau-bench_gpt-4o-airline.json"))
        let derived = try JSONDecoder().decode(Derived.self, from: data)
        let theirs = Dictionary(uniqueKeysWithValues: derived.rows.map { ("tau-\($0.task_id)-trial-\($0.trial)", $0.scores) })
        let traces = try Self.traces()
        let dataset = try Self.dataset()
        let modes: [(TrajectoryMode, String)] = [(.containsExpected, "superset"), (.withinExpected, "subset"), (.unordered, "unordered")]
        var compared = 0
        var disagreements: [String] = []
        for (mode, word) in modes {
            for args in [ArgsMatchMode.exact, .ignore] {
                let scorer = Scorer(dataset: dataset, options: EvaluationOptions(trajectoryMode: mode, argsMatch: args))
                for score in scorer.score(traces, run: "parity").cases {
                    let ours = try #require(score.scores[.trajectoryScore]).passed
                    let key = "\(word)/\(args.rawValue)"
                    guard let reference = theirs[score.traceId]?[key] else {
                        Issue.record("no agentevals verdict for \(score.traceId) \(key)")
                        continue
                    }
                    compared += 1
                    if ours != reference { disagreements.append("\(score.traceId) \(word)/\(args.rawValue) ours=\(ours)") }
                }
            }
        }
        #expect(compared == 1200)
        // tau-9-trial-2 (gold: cancel_reservation + 3 × book_reservation). The agent called
        // book_reservation five times; the last four carry identical arguments and every one failed
        // ("payment amount does not add up"). Our retry rule (EVALUATORS.md) folds a failed call and
        // its identical repeats into one logical call, leaving two bookings for three expected, so
        // contains_expected fails; agentevals counts the five raw calls and, ignoring arguments, passes.
        // With exact arguments both agree (neither booking matches the gold arguments).
        #expect(disagreements == ["tau-9-trial-2 superset/ignore ours=false"])
    }
}
