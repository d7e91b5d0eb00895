import Testing
import TraceEval

@Suite struct StatisticsTests {
    @Test("pass^k is C(c,k)/C(n,k) averaged over cases, not (c/n)^k")
    func passHatK() {
        // Case A: 3 of 4 trials pass; case B: 1 of 4.
        // k=1: (3/4 + 1/4)/2 = 0.5.  k=2: (C(3,2)/C(4,2) + 0)/2 = (3/6)/2 = 0.25.
        // k=3: (1/4 + 0)/2 = 0.125.  k=4: 0.  ((c/n)^k would give k=2: (0.5625+0.0625)/2 = 0.3125.)
        let result = Statistics.passHatK([(3, 4), (1, 4)])
        #expect(result == [1: 0.5, 2: 0.25, 3: 0.125, 4: 0])
    }

    @Test("percentiles interpolate linearly between closest ranks")
    func percentiles() {
        let values: [Double] = [10, 20, 30, 40]
        #expect(Statistics.percentile(values, 50) == 25)
        #expect(Statistics.percentile(values, 95) == 38.5)  // position 2.85 → 30 + 0.85 × 10
        #expect(Statistics.percentile([7], 99) == 7)
    }

    @Test("the bootstrap interval is reproducible, brackets the mean, and collapses for constant data")
    func bootstrap() {
        let values: [Double] = [0, 1, 1, 0, 1, 1, 1, 0, 1, 1]
        let first = Statistics.bootstrapMeanInterval(values)
        #expect(first == Statistics.bootstrapMeanInterval(values))
        #expect(first.0 < 0.7 && 0.7 < first.1)
        #expect(first.0 >= 0 && first.1 <= 1)
        #expect(Statistics.bootstrapMeanInterval([0.5, 0.5, 0.5]) == (0.5, 0.5))
        let spread = (0..<40).map { Double($0 * $0 % 37) / 37 }
        #expect(Statistics.bootstrapMeanInterval(spread, seed: 1) != Statistics.bootstrapMeanInterval(spread, seed: 2))
    }

    @Test("columns bootstrapped together get exactly the intervals each gets alone (shared draws change nothing)")
    func sharedDraws() {
        var random = SeededRandom(seed: 7)
        let columns = (0..<4).map { _ in (0..<37).map { _ in Double(random.index(below: 100)) / 100 } }
        let together = Statistics.bootstrapMeanIntervals(columns, resamples: 500, seed: 99)
        let alone = columns.map { Statistics.bootstrapMeanInterval($0, resamples: 500, seed: 99) }
        #expect(together.map(\.0) == alone.map(\.0))
        #expect(together.map(\.1) == alone.map(\.1))
        #expect(Set(together.map(\.0)).count > 1, "the columns differ, so their intervals must too")
    }
}

/// Past ``Statistics/analyticAbove`` values the intervals and p-values are the bootstrap's normal
/// limit; at the threshold the two agree, so nothing jumps where one hands over to the other.
@Suite struct LargeSampleStatisticsTests {
    /// 1,000 values of a 0/1 score (70 % passing, in a fixed pattern), and 996 differences in [-1, 1]
    /// (166 rounds of the same six).
    static let passes = (0..<1_000).map { Double(($0 * 7) % 10 < 7 ? 1 : 0) }
    static let differences = (0..<996).map { index -> Double in [-1, -0.5, 0, 0, 0.25, 0.5][(index * 5) % 6] }

    @Test("at 1,000 values the seeded bootstrap interval and the normal interval agree within 0.005")
    func intervalsAgree() {
        let bootstrap = Statistics.bootstrapMeanInterval(Self.passes)
        let normal = Statistics.normalMeanInterval(Self.passes)
        // mean 0.7, standard error √(0.21 / 1000) = 0.01449, so 0.7 ± 0.0284.
        #expect(abs(normal.0 - (0.7 - 1.959964 * 0.014491)) < 1e-5 && abs(normal.1 - (0.7 + 1.959964 * 0.014491)) < 1e-5)
        #expect(abs(bootstrap.0 - normal.0) < 0.005 && abs(bootstrap.1 - normal.1) < 0.005)
    }

    @Test("at 996 pairs the bootstrap p-value for a drop and its normal limit agree within 0.01")
    func pValuesAgree() {
        // mean −0.125, population sd √(1.5625 / 6 − 0.015625) = 0.49476, se 0.015677: p = Φ(−7.97) ≈ 8e-16, floored at 1/10001.
        let (bootInterval, bootP) = PairedTests.bootstrapDifference(Self.differences)
        let (normalInterval, normalP) = PairedTests.normalDifference(Self.differences, resamples: 10_000)
        #expect(abs(bootInterval.lowerBound - normalInterval.lowerBound) < 0.005 && abs(bootInterval.upperBound - normalInterval.upperBound) < 0.005)
        #expect(bootP == 1 / 10_001.0 && normalP == 1 / 10_001.0)
        // No change: half the resampled means are at or above zero.
        let centered = Self.differences.map { $0 + 0.125 }
        #expect(abs(PairedTests.bootstrapDifference(centered).pDrop - PairedTests.normalDifference(centered, resamples: 10_000).pDrop) < 0.02)
        #expect(abs(PairedTests.normalDifference(centered, resamples: 10_000).pDrop - 0.5) < 1e-6)
    }

    @Test("above 1,000 values the normal limit is used; identical differences have a zero-width interval")
    func aboveThreshold() {
        let values = Array(repeating: -0.2, count: 1_001)
        let (interval, p) = PairedTests.bootstrapDifference(values)
        #expect(abs(interval.lowerBound + 0.2) < 1e-9 && abs(interval.upperBound + 0.2) < 1e-9)
        #expect(p == 1 / 10_001.0)
        #expect(PairedTests.bootstrapDifference(Array(repeating: 0.1, count: 1_001)).pDrop == 1)
        let many = (0..<5_000).map { Double($0 % 2) }
        let (low, high) = Statistics.bootstrapMeanIntervals([many])[0]
        #expect(abs(low - (0.5 - 1.959964 * 0.5 / 5_000.0.squareRoot())) < 1e-6 && abs(high - (0.5 + 1.959964 * 0.5 / 5_000.0.squareRoot())) < 1e-6)
    }
}
