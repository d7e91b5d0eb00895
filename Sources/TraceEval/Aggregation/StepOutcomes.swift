/// For each expected step of a case (its reference trajectory, else its expected tools), whether
/// the trace missed it or the call that matched it failed.
enum StepOutcomes {
    static func compute(_ input: CaseInput) -> [StepOutcome] {
        let expected = input.golden.expected.trajectory?.steps ?? input.golden.expected.tools ?? []
        guard !expected.isEmpty else { return [] }
        let (pairs, _) = Assignment.maximumWeight(input.weights(expected, input.calls))
        return expected.indices.map { row in
            guard let pair = pairs.first(where: { $0.row == row }) else {
                return StepOutcome(tool: expected[row].tool, missing: true, failed: false)
            }
            return StepOutcome(tool: expected[row].tool, missing: false, failed: !input.calls[pair.column].succeeded)
        }
    }
}
