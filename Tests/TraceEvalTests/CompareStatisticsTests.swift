import Testing
import TraceEval

@Suite struct CompareStatisticsTests {
    @Test("exact McNemar, worked from the binomial formula: P(X ≥ b) for X ~ Bin(b + c, 1/2)")
    func mcNemar() {
        // 8 pass → fail, 0 fail → pass: (1/2)^8 = 1/256.
        #expect(PairedTests.mcNemarDrop(worse: 8, better: 0) == 1.0 / 256)
        // 5 vs 1: (C(6,5) + C(6,6)) / 2^6 = 7/64.
        #expect(PairedTests.mcNemarDrop(worse: 5, better: 1) == 7.0 / 64)
        // 1 vs 1: (C(2,1) + C(2,2)) / 4 = 3/4.  No discordant pair, or no loss: 1.
        #expect(PairedTests.mcNemarDrop(worse: 1, better: 1) == 0.75)
        #expect(PairedTests.mcNemarDrop(worse: 0, better: 0) == 1)
        #expect(PairedTests.mcNemarDrop(worse: 0, better: 3) == 1)
    }

    @Test("Holm's step-down correction on a hand example")
    func holm() {
        // Sorted: 0.005×4 = 0.02, 0.01×3 = 0.03, 0.03×2 = 0.06, 0.04×1 = 0.04 → kept monotone at 0.06.
        let adjusted = PairedTests.holm([0.01, 0.04, 0.03, 0.005])
        let expected = [0.03, 0.06, 0.06, 0.02]
        #expect(zip(adjusted, expected).allSatisfy { abs($0 - $1) < 1e-12 })
        #expect(PairedTests.holm([0.9, 0.8]) == [1, 1])
    }

    @Test("the paired bootstrap interval agrees with an independent numpy reference (scripts/bootstrap_reference.py)")
    func bootstrapAgainstReference() {
        // numpy, 400,000 resamples: mean −0.45, 95% interval [−0.75, −0.15], P(mean ≥ 0) = 0.000838.
        let differences = [0.0, -1, -1, 0, -1, 0, 0, -1, 0, -0.5]
        let (interval, p) = PairedTests.bootstrapDifference(differences)
        #expect(abs(interval.lowerBound - -0.75) <= 0.05)
        #expect(abs(interval.upperBound - -0.15) <= 0.05)
        #expect(p < 0.005)
        // Fixed seed: reruns agree exactly.
        #expect(PairedTests.bootstrapDifference(differences) == (interval, p))
    }
}
