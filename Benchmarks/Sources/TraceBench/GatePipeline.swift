import Foundation
import TraceEval
import TraceReport
import TraceStore

/// The CI gate end to end on two runs of the gate workload, timed phase by phase.
enum GatePipeline {
    static let phases = ["load the golden file", "ingest 2 runs", "load and score 2 runs", "compare and gate", "render Markdown, JUnit, HTML"]

    /// Runs the pipeline once; the seconds spent in each of ``phases``, in order.
    static func run(folder: URL) throws -> [Double] {
        var seconds: [Double] = []
        var mark = DispatchTime.now().uptimeNanoseconds
        func lap() {
            let now = DispatchTime.now().uptimeNanoseconds
            seconds.append(Double(now - mark) / 1e9)
            mark = now
        }
        let golden = try loadGolden(folder)
        lap()
        let store = try freshStore("gate")
        _ = try ingest(folder.appendingPathComponent("gate-baseline.jsonl").path, into: store, run: "base")
        _ = try ingest(folder.appendingPathComponent("gate-candidate.jsonl").path, into: store, run: "cand")
        lap()
        let base = Scorer(dataset: golden).score(try store.evaluationTraces(run: "base"), run: "base")
        let cand = Scorer(dataset: golden).score(try store.evaluationTraces(run: "cand"), run: "cand")
        lap()
        let comparison = Comparer().compare(baseline: CaseSummary.summaries(of: base, dataset: golden),
                                            candidate: CaseSummary.summaries(of: cand, dataset: golden), names: ("base", "cand", "bench"))
        let result = Gate().judge(comparison)
        lap()
        _ = GateMarkdown.render(result) + JUnitReport.render(result) + CompareHTML.render(comparison, gate: result)
        lap()
        return seconds
    }
}
