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
