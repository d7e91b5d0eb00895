import TraceModel

/// The whole gate as one pure service: checks the configuration against the golden dataset,
/// reconciles the baseline with the golden case by case (fingerprints), compares, judges, and
/// gathers the evidence of every regressed case. The command line and the demo only load inputs
/// and write what it returns.
public struct GateService: Sendable {
    /// Where the baseline comes from.
    public enum Baseline: Sendable {
        /// A run scored now against the same golden dataset, as its per-case summaries
        /// (``CaseSummary/summaries(of:dataset:)``: only these are kept, not the run's scores).
        case run(name: String, cases: [CaseSummary])
        /// A committed baseline file (`path` is used in messages).
        case file(BaselineFile, path: String)
    }

    /// The golden dataset.
    public let dataset: GoldenDataset
    /// The gate configuration.
    public let config: GateConfig
    /// The comparer (resamples and seed).
    public let comparer: Comparer

    /// Creates the service.
    public init(dataset: GoldenDataset, config: GateConfig = GateConfig(), comparer: Comparer = Comparer()) {
        self.dataset = dataset
        self.config = config
        self.comparer = comparer
    }

    /// The verdict on `candidate` against `baseline`.
    public func run(baseline: Baseline, candidate: RunScore) throws(GoldenError) -> GateResult {
        try config.validate(against: dataset)
        var coverage = candidateCoverage(candidate)
        let baselineCases: [CaseSummary]
        let baselineName: String
        switch baseline {
        case .run(let name, let cases):
            baselineCases = cases
            baselineName = name
            coverage.new = baselineCases.filter { $0.trials == 0 }.map(\.caseId)
        case .file(let file, let path):
            baselineCases = try reconcile(file, path: path, coverage: &coverage)
            baselineName = "\(file.run) (\(path))"
        }
        let candidateCases = CaseSummary.summaries(of: candidate, dataset: dataset)
        let comparison = comparer.compare(baseline: baselineCases, candidate: candidateCases,
                                          names: (baselineName, candidate.run, dataset.name))
        var result = Gate(config: config).judge(comparison, coverage: coverage)
        result.evidence = evidence(comparison, candidate: candidate)
        return result
    }

    /// `score --config`: the coverage rules and every floor the configuration sets, per route and
    /// overall, for a run with no baseline yet.
    public func floors(_ score: RunScore) throws(GoldenError) -> GateResult {
        try config.validate(against: dataset)
        let coverage = candidateCoverage(score)
        let gate = Gate(config: config)
        var lines = gate.coverageLines(coverage)
        if score.cases.isEmpty {
            lines.append(GateLine(route: "overall", check: .nothingCompared, status: .fail,
                                  reason: "nothing was scored: " + coverage.whyNothing(candidate: score.run)))
        }
        for group in score.routes + (score.routes.count > 1 ? [score.overall] : []) {
            for (metric, summary) in group.metrics.sorted(by: { $0.key < $1.key }) {
                guard let floor = config.rule(metric, route: group.name).min else { continue }
                let below = summary.mean < floor - 1e-12
                lines.append(GateLine(route: group.name, check: .metric(metric), status: below ? .fail : .pass,
                                      reason: "\(metric.rawValue) on route \(group.name) is \(String(format: "%.3g", summary.mean)) over "
                                          + "\(summary.n) case(s), \(below ? "below" : "at or above") the floor \(String(format: "%.3g", floor))."))
            }
        }
        return GateResult(comparison: nil, config: config, lines: lines)
    }

    private func candidateCoverage(_ score: RunScore) -> GateCoverage {
        var coverage = GateCoverage()
        let withoutTrace = Set(score.casesWithoutTrace)
        coverage.missing = dataset.cases.filter { withoutTrace.contains($0.id) }.map { GateCoverage.CaseRef(caseId: $0.id, route: $0.route) }
        coverage.casesByRoute = dataset.cases.reduce(into: [:]) { $0[$1.route, default: 0] += 1 }
        coverage.unlinkedTraces = score.unlinkedTraces
        coverage.linkHints = score.linkHints
        coverage.candidateTraces = score.cases.count + score.unlinkedTraces.count
        return coverage
    }

    /// The baseline cases that may be compared: those whose golden case is unchanged. Changed, new
    /// and removed cases go into `coverage`; a file for another golden dataset, or a case whose
    /// route is not the golden's although its fingerprint agrees, is an error.
    private func reconcile(_ file: BaselineFile, path: String, coverage: inout GateCoverage) throws(GoldenError) -> [CaseSummary] {
        guard file.golden == dataset.name else {
            throw GoldenError(file: path, line: nil, field: "golden",
                              message: "this baseline was made against golden '\(file.golden)', but the golden file given is '\(dataset.name)'")
        }
        let golden = caseIndex()
        let inFile = Set(file.cases.map(\.caseId))
        var usable: [CaseSummary] = []
        for (index, summary) in file.cases.enumerated() {
            guard let goldenCase = golden[summary.caseId].map({ dataset.cases[$0] }) else {
                coverage.removed.append(summary.caseId)
                continue
            }
            guard summary.fingerprint == goldenCase.fingerprint else {
                coverage.changed.append(summary.caseId)
                continue
            }
            guard summary.route == goldenCase.route else {
                throw GoldenError(file: path, line: nil, caseId: summary.caseId, field: "cases[\(index)].route",
                                  message: "is '\(summary.route)', but the golden case is on route '\(goldenCase.route)' with the same fingerprint; "
                                      + "the file was edited by hand: re-create it with 'tracegate baseline'")
            }
            usable.append(summary)
        }
        coverage.new = dataset.cases.map(\.id).filter { !inFile.contains($0) }
        return usable
    }

    /// Each golden case's place by its id, the first of a repeated id (the cases are not copied).
    private func caseIndex() -> [String: Int] {
        Dictionary(dataset.cases.indices.map { (dataset.cases[$0].id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// Expected against actual for every paired case that went pass → fail on some metric.
    private func evidence(_ comparison: Comparison, candidate: RunScore) -> [CaseEvidence] {
        let firstTrial = candidate.cases.reduce(into: [String: CaseScore]()) { $0[$1.caseId] = $0[$1.caseId] ?? $1 }
        // By id, not by a scan per regressed case (quadratic when thousands of cases regress).
        let goldenById = caseIndex()
        let regressed = comparison.pairs.compactMap { pair -> (pair: CasePair, metrics: [Metric])? in
            let metrics = Metric.allCases.filter { pair.baseline.passed[$0] == true && pair.candidate.passed[$0] == false }
            return metrics.isEmpty ? nil : (pair, metrics)
        }
        // Each case's rows stand alone, and a mass regression has thousands: they are made on every core.
        return ChunkedWork.each(regressed, minimum: 256) { pair, metrics in
            let trial = firstTrial[pair.caseId]
            let golden = goldenById[pair.caseId].map { dataset.cases[$0] }
            // With no candidate trace every expected call is missing.
            let rows = trial.map(AlignmentRow.rows)
                ?? (golden?.expected.trajectory?.steps ?? golden?.expected.tools ?? []).map { AlignmentRow(status: .missing, expected: $0.displayText, actual: nil) }
            return CaseEvidence(caseId: pair.caseId, route: pair.route, metrics: metrics, rows: rows, traceId: trial?.traceId)
        }
    }
}
