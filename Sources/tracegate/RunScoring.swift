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
        try checkKnown(run)
        let traces = try store.evaluationTraces(run: run)
        return (try stored(Scorer(dataset: dataset, options: options).score(traces, run: run)), traces)
    }

    /// Scores `run` (storing the scores when ``storesScores``), reading its traces in batches
    /// and keeping only their scores, with `details` of their metrics, so the run is never in memory
    /// whole. Scores written into the store keep every detail, whatever `details` says.
    func score(_ run: String, details: ScoreAccumulator.Details = .all) throws -> RunScore {
        try checkKnown(run)
        var accumulator = ScoreAccumulator(Scorer(dataset: dataset, options: options), details: storesScores ? .all : details)
        try store.evaluationTraces(run: run, batchSize: 1_024) { accumulator.add($0) }
        return try stored(accumulator.finish(run: run))
    }

    /// `score`, after writing it into the store when ``storesScores``.
    private func stored(_ score: RunScore) throws -> RunScore {
        if storesScores { try store.saveScores(ScoreRows.rows(score), run: score.run, golden: dataset.name) }
        return score
    }

    /// A run the store does not have is an error naming the runs it has, never an empty score.
    private func checkKnown(_ run: String) throws {
        let known = try store.runs().map(\.name)
        guard known.contains(run) else {
            let have = known.isEmpty ? "the store has no runs yet" : "runs in the store: " + known.prefix(20).joined(separator: ", ")
            throw ValidationErrorWithExit("no run named '\(run)' in \(store.location); \(have)")
        }
    }

    /// The per-case summaries of `run`.
    func summaries(_ run: String) throws -> [CaseSummary] {
        CaseSummary.summaries(of: try score(run, details: .none), dataset: dataset)
    }
}
