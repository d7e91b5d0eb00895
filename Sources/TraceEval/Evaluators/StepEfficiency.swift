import TraceModel

/// StepEfficiency: how close to the shortest successful path? (EVALUATORS.md)
///
/// score = S × L* / max(L*, N), where L* is `optimal_steps` (else the reference trajectory's
/// length), N counts every tool call (retries and duplicates included) and S is 1 only when
/// TaskCompletion passed, so a short failed run never scores well. N/A without an L*, and N/A
/// when the case has no outcome criteria (there is then no success to weight by).
public enum StepEfficiency {
    /// The result, or nil when the metric does not apply.
    public static func evaluate(_ input: CaseInput, taskCompletion: MetricResult?) -> MetricResult? {
        guard let optimal = input.golden.expected.optimalSteps ?? input.golden.expected.trajectory?.steps.count,
              let taskCompletion else { return nil }
        let success: Double = taskCompletion.passed ? 1 : 0
        let count = input.rawCalls.count
        let ratio = count == 0 ? (optimal == 0 ? 1 : 0) : Double(optimal) / Double(max(optimal, count))
        let score = success * ratio
        let passed = score >= input.dataset.threshold(.stepEfficiency) - 1e-12
        guard input.detailed.contains(.stepEfficiency) else { return MetricResult(score: score, passed: passed) }
        let details: [String: JSONValue] = [
            "optimal_steps": .int(Int64(optimal)), "tool_calls": .int(Int64(count)), "task_completed": .bool(taskCompletion.passed),
            "redundant_calls": .array(redundant(input).map(Details.call)), "retries": .int(Int64(input.retries)),
            "failed_calls": .int(Int64(input.rawCalls.filter { !$0.succeeded }.count)),
            "loops": .array(loops(input.rawCalls.map(\.name)).map { .object(["pattern": Details.names($0.pattern), "repeats": .int(Int64($0.repeats))]) }),
            "llm_calls": .int(Int64(input.trace.totals.llmCalls)),
        ]
        return MetricResult(score: score, passed: passed, details: details)
    }

    /// Calls identical (name and arguments) to an earlier successful call, with no side-effecting call between.
    static func redundant(_ input: CaseInput) -> [ActualCall] {
        var seen: Set<String> = []
        var result: [ActualCall] = []
        for call in input.rawCalls {
            let key = call.name + "\u{0}" + call.canonicalArguments
            if seen.contains(key) { result.append(call) }
            if input.isSideEffect(call.name) { seen.removeAll() }
            if call.succeeded { seen.insert(key) }
        }
        return result
    }

    /// Blocks of two or more calls repeated three or more times in a row (the first found per start).
    static func loops(_ names: [String]) -> [(pattern: [String], repeats: Int)] {
        var found: [(pattern: [String], repeats: Int)] = []
        var start = 0
        while start < names.count {
            var best: (length: Int, repeats: Int)?
            var length = 2
            while start + 3 * length <= names.count {
                let pattern = Array(names[start..<start + length])
                var repeats = 1
                while start + (repeats + 1) * length <= names.count,
                      Array(names[(start + repeats * length)..<(start + (repeats + 1) * length)]) == pattern {
                    repeats += 1
                }
                if repeats >= 3 { best = (length, repeats); break }
                length += 1
            }
            if let best {
                found.append((Array(names[start..<start + best.length]), best.repeats))
                start += best.length * best.repeats
            } else {
                start += 1
            }
        }
        return found
    }
}
