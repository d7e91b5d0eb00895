import TraceEval
import TraceModel
import TraceStore

/// Scores runs of the store against a golden dataset (shared by score, compare, gate, baseline, demo).
struct RunScoring {
    let store: TraceStore
    let dataset: GoldenDataset
    let options: EvaluationOptions
    /// Whether the scores are written into the store (score, demo). Gate, compare and baseline
    /// only read: their result is the verdict, so they open the store read-only and never wait
    /// for, or hold up, a writer.
    var storesScores = true

    /// Scores `run` (storing the scores when ``storesScores``); returns the traces read too (reports show them). A run
    /// the store does not have is an error naming the runs it has, never an empty score.
    func scoreWithTraces(_ run: String) throws -> (score: RunScore, traces: [Trace]) {
        let known = try store.runs().map(\.name)
        guard known.contains(run) else {
            let have = known.isEmpty ? "the store has no runs yet" : "runs in the store: " + known.prefix(20).joined(separator: ", ")
            throw ValidationErrorWithExit("no run named '\(run)' in \(store.location); \(have)")
        }
        let traces = try store.evaluationTraces(run: run)
        let score = Scorer(dataset: dataset, options: options).score(traces, run: run)
        if storesScores { try store.saveScores(ScoreRows.rows(score), run: run, golden: dataset.name) }
        return (score, traces)
    }

    /// Scores `run` (storing the scores when ``storesScores``).
    func score(_ run: String) throws -> RunScore {
        try scoreWithTraces(run).score
    }

    /// The per-case summaries of `run`.
    func summaries(_ run: String) throws -> [CaseSummary] {
        CaseSummary.summaries(of: try score(run), dataset: dataset)
    }
}
