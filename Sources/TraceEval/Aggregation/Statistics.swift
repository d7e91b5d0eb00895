/// The statistics tracegate reports: means, percentiles, seeded bootstrap intervals, pass^k.
public enum Statistics {
    /// The arithmetic mean (0 for no values).
    public static func mean(_ values: [Double]) -> Double {
        values.isEmpty ? 0 : values.reduce(0, +) / Double(values.count)
    }

    /// The `p`-th percentile (0...100) by linear interpolation between closest ranks (R type 7).
    public static func percentile(_ values: [Double], _ p: Double) -> Double {
        let sorted = values.sorted()
        guard let first = sorted.first else { return 0 }
        guard sorted.count > 1 else { return first }
        let position = p / 100 * Double(sorted.count - 1)
        let lower = Int(position.rounded(.down))
        let upper = min(lower + 1, sorted.count - 1)
        return sorted[lower] + (sorted[upper] - sorted[lower]) * (position - Double(lower))
    }

    /// Above this many values an interval of the mean is the normal interval, not the bootstrap.
    ///
    /// The percentile bootstrap of a mean converges to the normal interval mean ± 1.96 · s/√n
    /// (s the standard deviation, dividing by n, as the bootstrap resamples it); past a thousand
    /// values of scores bounded in [0, 1] the two differ in the third decimal at most, while the
    /// bootstrap's cost grows as resamples × n (10,000 × 10,000 draws per metric and group for a
    /// 10,000-case gate). So small runs keep the exact seeded bootstrap and large ones get its limit.
    public static let analyticAbove = 1_000

    /// The 97.5th percentile of the standard normal distribution.
    static let z975 = 1.959963984540054

    /// The mean and its standard error (the standard deviation dividing by n, over √n).
    static func meanAndStandardError(_ values: [Double]) -> (mean: Double, standardError: Double) {
        let mean = mean(values)
        let variance = values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(max(values.count, 1))
        return (mean, (variance / Double(max(values.count, 1))).squareRoot())
    }

    /// The normal 95 % interval of the mean (see ``analyticAbove``).
    public static func normalMeanInterval(_ values: [Double]) -> (Double, Double) {
        let (mean, error) = meanAndStandardError(values)
        return (mean - z975 * error, mean + z975 * error)
    }

    /// A 95 % percentile-bootstrap interval of the mean: `resamples` resamples with replacement
    /// drawn by a generator seeded with `seed`, the 2.5th and 97.5th percentiles of their means.
    public static func bootstrapMeanInterval(_ values: [Double], resamples: Int = 2000, seed: UInt64 = 20_240_611) -> (Double, Double) {
        bootstrapMeanIntervals([values], resamples: resamples, seed: seed)[0]
    }

    /// ``bootstrapMeanInterval(_:resamples:seed:)`` for several columns of equal length at once;
    /// above ``analyticAbove`` values, each column's ``normalMeanInterval(_:)``.
    ///
    /// With one seed every column of a given length is resampled at the same indices, so the
    /// indices are drawn once per resample and shared: each column gets exactly the interval it
    /// would get alone, for one column's worth of random draws.
    public static func bootstrapMeanIntervals(_ columns: [[Double]], resamples: Int = 2000, seed: UInt64 = 20_240_611) -> [(Double, Double)] {
        guard let count = columns.first?.count else { return [] }
        precondition(columns.allSatisfy { $0.count == count }, "columns must be equally long")
        guard count > 1 else { return columns.map { ($0.first ?? 0, $0.first ?? 0) } }
        guard count <= analyticAbove else { return columns.map(normalMeanInterval) }
        var random = SeededRandom(seed: seed)
        var means = [[Double]](repeating: [], count: columns.count)
        for column in means.indices { means[column].reserveCapacity(resamples) }
        var sums = [Double](repeating: 0, count: columns.count)
        for _ in 0..<resamples {
            for column in sums.indices { sums[column] = 0 }
            for _ in 0..<count {
                let index = random.index(below: count)
                for column in columns.indices { sums[column] += columns[column][index] }
            }
            for column in columns.indices { means[column].append(sums[column] / Double(count)) }
        }
        return means.map { (percentile($0, 2.5), percentile($0, 97.5)) }
    }

    /// pass^k as τ-bench computes it: for each case with c successes in n trials, C(c, k) / C(n, k),
    /// averaged over cases, for k = 1 up to the fewest trials any case has.
    public static func passHatK(_ outcomes: [(successes: Int, trials: Int)]) -> [Int: Double] {
        guard let most = outcomes.map(\.trials).min(), most > 0 else { return [:] }
        var result: [Int: Double] = [:]
        for k in 1...most {
            let values = outcomes.map { choose($0.successes, k) / choose($0.trials, k) }
            result[k] = mean(values)
        }
        return result
    }

    /// The binomial coefficient C(n, k) as a Double (0 when k > n).
    public static func choose(_ n: Int, _ k: Int) -> Double {
        guard k >= 0, k <= n else { return 0 }
        var result = 1.0
        for i in 0..<min(k, n - k) { result = result * Double(n - i) / Double(i + 1) }
        return result
    }
}
