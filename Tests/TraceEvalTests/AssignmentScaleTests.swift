import Testing
import TraceEval

@Suite struct AssignmentScaleTests {
    /// The best total by trying every injective map of the smaller side into the larger.
    private func bruteForce(_ weights: [[Double]]) -> Double {
        let rows = weights.count
        let columns = weights[0].count
        func best(_ row: Int, _ used: Set<Int>) -> Double {
            guard row < rows else { return 0 }
            var value = best(row + 1, used)  // leave this row unmatched
            for column in 0..<columns where !used.contains(column) {
                value = max(value, weights[row][column] + best(row + 1, used.union([column])))
            }
            return value
        }
        return best(0, [])
    }

    @Test("the rectangular Hungarian equals brute force on 300 seeded random matrices of every shape up to 5 × 5")
    func matchesBruteForce() {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next() -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return state >> 33
        }
        for _ in 0..<300 {
            let rows = Int(next() % 5) + 1
            let columns = Int(next() % 5) + 1
            // Weights from {0, 0.25, 0.5, 0.75, 1}: ties are common, as with argument matching.
            let weights = (0..<rows).map { _ in (0..<columns).map { _ in Double(next() % 5) / 4 } }
            let (pairs, total) = Assignment.maximumWeight(weights)
            #expect(abs(total - bruteForce(weights)) < 1e-9, "\(weights)")
            #expect(Set(pairs.map(\.row)).count == pairs.count && Set(pairs.map(\.column)).count == pairs.count, "one-to-one")
        }
    }

    @Test("one expected call against 10,000 actual calls, and 10,000 against one, finish and find the match",
          .timeLimit(.minutes(1)))
    func runawayLoop() {
        var wide = [[Double]](repeating: [Double](repeating: 0, count: 10_000), count: 1)
        wide[0][9_999] = 1
        #expect(Assignment.maximumWeight(wide).pairs.map(\.column) == [9_999])
        let tall = (0..<10_000).map { [$0 == 4_321 ? 1.0 : 0.0] }
        #expect(Assignment.maximumWeight(tall).pairs.map(\.row) == [4_321])
    }
}
