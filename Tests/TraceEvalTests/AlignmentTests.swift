import Testing
import TraceEval
import TraceModel

@Suite struct AlignmentTests {
    @Test("the optimal assignment beats greedy first-fit on a 0/1 matrix")
    func assignmentBeatsGreedy() {
        // Greedy takes row 0 → column 0 and leaves row 1 with nothing; the optimum pairs 0→1 and 1→0.
        let weights: [[Double]] = [[1, 1], [1, 0]]
        let (pairs, total) = Assignment.maximumWeight(weights)
        #expect(total == 2)
        #expect(pairs.map { [$0.row, $0.column] } == [[0, 1], [1, 0]])
    }

    @Test("rectangular matrices, zero rows, and weighted entries")
    func rectangular() {
        #expect(Assignment.maximumWeight([[0, 0, 1], [1, 0, 0]]).total == 2)
        #expect(Assignment.maximumWeight([[0.5], [0.9], [0.2]]).pairs.map(\.row) == [1])
        #expect(Assignment.maximumWeight([[0, 0], [0, 0]]).pairs.isEmpty)
        // 3×3 with a unique optimum of 0.9 + 0.8 + 0.7 = 2.4 (greedy by largest first takes 1.0 and ends with 1.7).
        let weights: [[Double]] = [[1.0, 0.9, 0], [0.8, 0, 0], [0, 0, 0.7]]
        #expect(abs(Assignment.maximumWeight(weights).total - 2.4) < 1e-9)
    }

    @Test("weighted LCS finds the longest ordered match and reports its pairs in order")
    func lcs() {
        // expected a b c ; actual a x c b c  → a, b, c matched at columns 0, 3, 4.
        let names = ["a", "x", "c", "b", "c"]
        let weights = ["a", "b", "c"].map { expected in names.map { $0 == expected ? 1.0 : 0 } }
        let (pairs, total) = WeightedLCS.align(weights)
        #expect(total == 3)
        #expect(pairs.map { [$0.row, $0.column] } == [[0, 0], [1, 3], [2, 4]])
    }

    @Test("a failed call followed by the same call is one logical call; a different call is not a retry")
    func retries() {
        let call = { (index: Int, name: String, args: String, ok: Bool) in
            ActualCall(index: index, name: name, arguments: .object(["q": .string(args)]), succeeded: ok, step: index, spanId: "s\(index)",
                       callId: nil, start: Int64(index), attempts: 1)
        }
        let (logical, retries) = RetryCollapser.collapse([
            call(0, "search", "a", false), call(1, "other", "z", true), call(2, "search", "a", true),  // retry across an unrelated call
            call(3, "search", "a", true),  // after a success: a duplicate, not a retry
            call(4, "search", "b", false), call(5, "search", "c", true),  // different arguments: not a retry
        ])
        #expect(retries == 1)
        #expect(logical.map(\.index) == [0, 1, 3, 4, 5])
        #expect(logical[0].succeeded && logical[0].attempts == 2)
    }
}
