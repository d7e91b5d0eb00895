/// Aggregates case scores into groups and the fail rate by step.
struct Aggregator {
    let dataset: GoldenDataset
    /// Ids of the golden cases no trace linked to.
    let casesWithoutTrace: Set<String>

    /// One group: `cases` are its scored traces, `caseFilter` picks its golden cases.
    func group(_ name: String, _ cases: [CaseScore], caseFilter: (GoldenCase) -> Bool) -> GroupScore {
        let goldenCases = dataset.cases.filter(caseFilter)
        let missing = goldenCases.filter { casesWithoutTrace.contains($0.id) }.count
        var columns: [(metric: Metric, results: [MetricResult])] = []
        for metric in Metric.allCases {
            var results = cases.compactMap { $0.scores[metric] }
            // A case with no trace counts as failed, for TaskCompletion, whenever the case has outcome criteria.
            if metric == .taskCompletion {
                let counted = goldenCases.filter { casesWithoutTrace.contains($0.id) && !$0.expected.outcome.isEmpty }.count
                results += Array(repeating: MetricResult(score: 0, passed: false), count: counted)
            }
            if !results.isEmpty { columns.append((metric, results)) }
        }
        var metrics: [Metric: MetricSummary] = [:]
        // Metrics scored on the same number of cases share one stream of bootstrap draws.
        for sameLength in Dictionary(grouping: columns, by: \.results.count).values {
            let scores = sameLength.map { $0.results.map(\.score) }
            for ((metric, results), (interval, values)) in zip(sameLength, zip(Statistics.bootstrapMeanIntervals(scores), scores)) {
                metrics[metric] = MetricSummary(n: results.count, mean: Statistics.mean(values),
                                                passRate: Double(results.filter(\.passed).count) / Double(results.count),
                                                ci95: interval.0...interval.1)
            }
        }
        let byCase = Dictionary(grouping: cases.filter { $0.scores[.taskCompletion] != nil }, by: \.caseId)
        let outcomes = byCase.keys.sorted().map { byCase[$0]! }.map { traces in (successes: traces.filter { $0.scores[.taskCompletion]!.passed }.count, trials: traces.count) }
        return GroupScore(name: name, cases: goldenCases.count, traces: cases.count, metrics: metrics,
                          passK: missing == 0 ? Statistics.passHatK(outcomes) : Statistics.passHatK(outcomes + Array(repeating: (0, outcomes.map(\.trials).min() ?? 1), count: missing)),
                          stats: stats(cases))
    }

    func stats(_ cases: [CaseScore]) -> StatsSummary {
        var summary = StatsSummary()
        guard !cases.isEmpty else { return summary }
        let stats = cases.map(\.stats)
        summary.llmCallsMean = Statistics.mean(stats.map { Double($0.llmCalls) })
        summary.toolCallsMean = Statistics.mean(stats.map { Double($0.toolCalls) })
        summary.inputTokensMean = Statistics.mean(stats.map { Double($0.inputTokens) })
        summary.outputTokensMean = Statistics.mean(stats.map { Double($0.outputTokens) })
        let costs = stats.compactMap(\.cost)
        if !costs.isEmpty {
            summary.costMean = Statistics.mean(costs)
            let successes = cases.filter { $0.scores[.taskCompletion]?.passed == true }.count
            if successes > 0, costs.count == stats.count { summary.costPerSuccess = costs.reduce(0, +) / Double(successes) }
        }
        let latencies = stats.map(\.latencyMs)
        summary.latencyP50 = Statistics.percentile(latencies, 50)
        summary.latencyP95 = Statistics.percentile(latencies, 95)
        summary.latencyP99 = Statistics.percentile(latencies, 99)
        summary.errorRate = Double(stats.filter(\.hasError).count) / Double(stats.count)
        for stat in stats { summary.stopReasons[stat.stopReason ?? "none", default: 0] += 1 }
        return summary
    }

    func steps(_ cases: [CaseScore]) -> [StepStat] {
        var table: [String: StepStat] = [:]
        for score in cases {
            for step in score.steps {
                let key = score.route + "\u{0}" + step.tool
                var stat = table[key] ?? StepStat(route: score.route, tool: step.tool, expected: 0, missing: 0, failed: 0)
                stat.expected += 1
                if step.missing { stat.missing += 1 }
                if step.failed { stat.failed += 1 }
                table[key] = stat
            }
        }
        return table.values.sorted { ($0.route, $0.tool) < ($1.route, $1.tool) }
    }
}
