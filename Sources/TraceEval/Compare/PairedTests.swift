import Foundation

/// The paired significance tests the gate uses.
public enum PairedTests {
    /// Exact one-sided McNemar test for a drop: `worse` pairs went pass → fail, `better` fail → pass.
    ///
    /// Under no change each discordant pair is equally likely either way, so the p-value is
    /// P(X ≥ worse) for X ~ Binomial(worse + better, 1/2). No discordant pair gives 1.
    public static func mcNemarDrop(worse: Int, better: Int) -> Double {
        let n = worse + better
        guard n > 0, worse > 0 else { return 1 }
        if n <= 60 {
            var tail = 0.0
            for k in worse...n { tail += Statistics.choose(n, k) }
            return min(1, tail * .pow2(-n))
        }
        // Summed in log space so that thousands of discordant pairs neither overflow nor underflow.
        let logHalf = Double(n) * log(0.5)
        var tail = 0.0
        for k in worse...n {
            tail += exp(lgamma(Double(n + 1)) - lgamma(Double(k + 1)) - lgamma(Double(n - k + 1)) + logHalf)
        }
        return min(1, tail)
    }

    /// Seeded paired bootstrap of the mean difference (candidate − baseline) over pairs: the 95 %
    /// percentile interval, and the one-sided p-value for a drop, (#{resampled mean ≥ 0} + 1) / (B + 1).
    /// One difference has no distribution to resample: its interval is the value itself and its
    /// p-value 1 (no evidence), so a single case never looks significant.
    ///
    /// Above ``Statistics/analyticAbove`` pairs, the bootstrap's large-n limit is used instead of
    /// drawing: the normal interval, and the p-value P(N(mean, se²) ≥ 0) = Φ(mean / se), never
    /// below 1/(B+1), the floor the bootstrap itself has.
    public static func bootstrapDifference(_ differences: [Double], resamples: Int = 10_000, seed: UInt64 = 20_240_611)
        -> (interval: ClosedRange<Double>, pDrop: Double) {
        guard differences.count >= 2 else { return differences.first.map { ($0...$0, 1) } ?? (0...0, 1) }
        guard differences.count <= Statistics.analyticAbove else { return normalDifference(differences, resamples: resamples) }
        var random = SeededRandom(seed: seed)
        var means: [Double] = []
        means.reserveCapacity(resamples)
        var notBelowZero = 0
        for _ in 0..<resamples {
            var sum = 0.0
            for _ in differences.indices { sum += differences[random.index(below: differences.count)] }
            let mean = sum / Double(differences.count)
            if mean >= 0 { notBelowZero += 1 }
            means.append(mean)
        }
        let lower = Statistics.percentile(means, 2.5)
        let upper = Statistics.percentile(means, 97.5)
        return (lower...upper, Double(notBelowZero + 1) / Double(resamples + 1))
    }

    /// The normal limit of ``bootstrapDifference(_:resamples:seed:)``.
    package static func normalDifference(_ differences: [Double], resamples: Int) -> (interval: ClosedRange<Double>, pDrop: Double) {
        let (mean, error) = Statistics.meanAndStandardError(differences)
        let interval = (mean - Statistics.z975 * error)...(mean + Statistics.z975 * error)
        let notBelowZero = error > 0 ? 0.5 * erfc(-mean / (error * 2.0.squareRoot())) : (mean >= 0 ? 1 : 0)
        return (interval, max(notBelowZero, 1 / Double(resamples + 1)))
    }

    /// Holm's step-down adjustment of p-values (same order as given), capped at 1 and kept monotone.
    public static func holm(_ pValues: [Double]) -> [Double] {
        let order = pValues.indices.sorted { pValues[$0] != pValues[$1] ? pValues[$0] < pValues[$1] : $0 < $1 }
        var adjusted = [Double](repeating: 1, count: pValues.count)
        var running = 0.0
        for (rank, index) in order.enumerated() {
            running = max(running, min(1, Double(pValues.count - rank) * pValues[index]))
            adjusted[index] = running
        }
        return adjusted
    }
}
