import TraceModel

/// Repairs attribute values that exporters sometimes get wrong, and says what it did.
///
/// - An array where a scalar belongs (a model name, a token count, a tool name): a one-element
///   array is read as its element; a longer one is dropped, never joined into a made-up value.
/// - A token count that is a number outside 0…2^53 (negative, or an int64 overflow) is not repaired
///   but refused (``refusedCount(_:)``): the file is bad, and a sum of such counts would overflow.
/// - A token count that is not a whole number (fractional, text) is dropped rather than guessed.
/// Each repair is recorded in the span's `tracegate.repairs` attribute and reported as a warning.
enum ScalarRepair {
    /// The largest count accepted: 2^53, the largest integer every JSON reader keeps exactly.
    static let maxCount: Double = 9_007_199_254_740_992

    /// The first token-count attribute (by key) that is a number outside 0…2^53, with its value.
    static func refusedCount(_ attributes: [String: JSONValue]) -> (key: String, value: String)? {
        let filter = KeyFilter(attributes.keys)
        for key in sortedTokenKeys where filter.mayContain(key) {
            guard let value = attributes[key] else { continue }
            let number: Double?
            switch value {
            case .int(let integer): number = Double(integer)
            case .double(let double): number = double
            case .array(let items) where items.count == 1: number = items[0].int64Value.map(Double.init) ?? items[0].doubleValue
            // An OTLP intValue beyond int64 arrives as its digits.
            case .string(let text) where !text.isEmpty && text.drop(while: { $0 == "-" }).allSatisfy({ ("0"..."9").contains($0) }):
                number = Double(text)
            default: number = nil
            }
            if let number, number < 0 || number > maxCount { return (key, String(value.displayText.prefix(40))) }
        }
        return nil
    }

    static let scalarKeys: Set<String> = [
        "gen_ai.operation.name", "gen_ai.request.model", "gen_ai.response.model", "gen_ai.tool.name", "gen_ai.agent.name",
        "gen_ai.workflow.name", "openinference.span.kind", "fi.span.kind", "gen_ai.span.kind", "llm.model_name", "tool.name",
        "agent.name", "graph.node.id", "tracegate.case_id", "tracegate.decision",
    ]
    /// Which keys may be ``scalarKeys`` or ``tokenKeys``: the others need no set lookup.
    static let repairedKeys = KeyFilter(scalarKeys.union(tokenKeys))
    /// ``tokenKeys`` in a fixed order, so the first refusal reported is always the same one.
    static let sortedTokenKeys = tokenKeys.sorted()
    static let tokenKeys: Set<String> = [
        "gen_ai.usage.input_tokens", "gen_ai.usage.output_tokens", "gen_ai.usage.prompt_tokens", "gen_ai.usage.completion_tokens",
        "llm.token_count.prompt", "llm.token_count.completion", "gen_ai.usage.cache_read.input_tokens", "llm.token_count.prompt_details.cache_read",
    ]

    /// True when neither ``apply(_:)`` nor ``refusedCount(_:)`` would touch `value` under a scalar
    /// key (or a token-count key, when `isCount`): it is not an array, and a count is a whole
    /// number from 0 to 2^53. (False may be said of a value they would leave alone; never the reverse.)
    static func leavesAlone(_ value: JSONValue, isCount: Bool) -> Bool {
        if case .array = value { return false }
        guard isCount else { return true }
        guard case .int(let count) = value else { return false }
        return count >= 0 && Double(count) <= maxCount
    }

    /// Applies the repairs in place; returns what was repaired.
    static func apply(_ attributes: inout [String: JSONValue]) -> [String] {
        // Most spans need no repair: find the keys that do in one unsorted pass, sort only those.
        var arrays: [String] = []
        var badCounts: [String] = []
        for (key, value) in attributes where repairedKeys.mayContain(key) {
            let isToken = tokenKeys.contains(key)
            if case .array = value, isToken || scalarKeys.contains(key) {
                arrays.append(key)
            } else if isToken, (value.int64Value ?? -1) < 0 {
                badCounts.append(key)
            }
        }
        guard !arrays.isEmpty || !badCounts.isEmpty else { return [] }
        var repairs: [String] = []
        for key in arrays.sorted() {
            guard case .array(let items) = attributes[key]! else { continue }
            if items.count == 1, items[0].arrayValue == nil, items[0].objectValue == nil {
                attributes[key] = items[0]
                repairs.append("attribute \(key) was a one-element array; read as its element")
                if tokenKeys.contains(key), (items[0].int64Value ?? -1) < 0 { badCounts.append(key) }
            } else {
                attributes[key] = nil
                repairs.append("attribute \(key) was an array of \(items.count) values where one value belongs; ignored")
            }
        }
        for key in badCounts.sorted() {
            let value = attributes[key]!
            attributes[key] = nil
            repairs.append("token count \(key) = \(value.displayText.prefix(40)) is not a whole number from 0 to 2^63−1; ignored")
        }
        attributes["tracegate.repairs"] = .array(repairs.map(JSONValue.string))
        return repairs
    }
}
