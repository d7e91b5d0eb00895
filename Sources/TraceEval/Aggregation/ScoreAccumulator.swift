import TraceModel

/// Scores a run's traces as they arrive, batch by batch, keeping only their scores, so that a
/// run never has to be in memory whole. ``Scorer/score(_:run:)`` is one batch of it; the result
/// does not depend on how the traces are batched.
public struct ScoreAccumulator: Sendable {
    /// Which metric details each trace's score keeps (the numbers are kept whole either way).
    public enum Details: Sendable {
        /// Every metric's details, for reports that show them (`score`, `compare`, the demo).
        case all
        /// Only what the gate's evidence reads: the alignment details of each case's first trial
        /// (``AlignmentRow/source(in:)``). Dropping the rest took `gate --traces` on 10,000 cases
        /// from 307 to 223 MB at its peak.
        case evidence
        /// No details, only the numbers: for a run folded into case summaries (``CaseSummary``),
        /// which read none, such as the baseline run of `gate` while the candidate is scored.
        case none
    }

    private let scorer: Scorer
    private let details: Details
    private var linker: Linker
    /// The scores of each case's traces, by the case's position in the dataset, in trace order.
    private var byCase: [[CaseScore]]
    private var unlinked: [String] = []
    /// The first five unlinked trace ids, and what is known of the traces with those ids.
    private var hinted: [String] = []
    private var hintFacts: [LinkHint.TraceFacts] = []

    /// An empty accumulation for `scorer`, keeping `details` of each trace's metrics.
    public init(_ scorer: Scorer, details: Details = .all) {
        self.scorer = scorer
        self.details = details
        linker = Linker(dataset: scorer.dataset)
        byCase = Array(repeating: [], count: scorer.dataset.cases.count)
    }

    /// Links and scores `traces` (the next ones of the run, in its order).
    public mutating func add(_ traces: [Trace]) {
        let cases = scorer.dataset.cases
        var pairs: [(index: Int, trace: Trace)] = []
        for trace in traces {
            if let index = linker.caseIndex(of: trace) {
                pairs.append((index, trace))
            } else {
                unlinked.append(trace.traceId)
                if hinted.count < 5 { hinted.append(trace.traceId) }
            }
        }
        for trace in traces where hinted.contains(trace.traceId) {
            hintFacts.append(LinkHint.TraceFacts(traceId: trace.traceId, caseId: trace.caseId, query: trace.query))
        }
        // A case's first trial is its first trace in the run: in an earlier batch, or earlier in this one.
        var scored = Set<Int>()
        let work = pairs.map { pair in
            let firstTrial = byCase[pair.index].isEmpty && scored.insert(pair.index).inserted
            return (cases[pair.index], pair.trace, detailed(cases[pair.index], firstTrial: firstTrial))
        }
        for (pair, score) in zip(pairs, scorer.scoreAll(work)) { byCase[pair.index].append(score) }
    }

    /// The metrics whose details ``details`` keeps for a trace of `golden`: for the evidence, the
    /// one the alignment rows are read from (``AlignmentRow/source(for:)``).
    private func detailed(_ golden: GoldenCase, firstTrial: Bool) -> Set<Metric> {
        switch details {
        case .all: return Set(Metric.allCases)
        case .none: return []
        case .evidence: return firstTrial ? [AlignmentRow.source(for: golden)] : []
        }
    }

    /// The run's score, named `run`.
    public func finish(run: String) -> RunScore {
        let dataset = scorer.dataset
        let cases = byCase.flatMap { $0 }
        let casesWithoutTrace = zip(dataset.cases, byCase).filter { $0.1.isEmpty }.map(\.0.id)
        let aggregator = Aggregator(dataset: dataset, casesWithoutTrace: Set(casesWithoutTrace))
        let routes = Set(dataset.cases.map(\.route)).sorted()
        let tags = Set(dataset.cases.flatMap(\.tags)).sorted()
        // The groups are independent, so they are made at once on every core: overall, the routes, the tags.
        let groups = ChunkedWork.map(count: 1 + routes.count + tags.count, minimum: 1) { range in
            range.map { group -> GroupScore in
                if group == 0 { return aggregator.group("overall", cases, caseFilter: { _ in true }) }
                if group <= routes.count {
                    let route = routes[group - 1]
                    return aggregator.group(route, cases.filter { $0.route == route }, caseFilter: { $0.route == route })
                }
                let tag = tags[group - 1 - routes.count]
                return aggregator.group(tag, cases.filter { $0.tags.contains(tag) }, caseFilter: { $0.tags.contains(tag) })
            }
        }.flatMap { $0 }
        var score = RunScore(
            run: run, golden: dataset.name, overall: groups[0], routes: Array(groups[1..<(1 + routes.count)]),
            tags: Array(groups[(1 + routes.count)...]), steps: aggregator.steps(cases), cases: cases,
            unlinkedTraces: unlinked, casesWithoutTrace: casesWithoutTrace
        )
        score.linkHints = hintFacts.compactMap { LinkHint.hint(for: $0, in: dataset) }
        return score
    }
}
