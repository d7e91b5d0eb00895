/// Token counts of one model call.
///
/// Counted on LLM spans only: agent, turn and task spans carry aggregates that would double count.
public struct TokenUsage: Sendable, Hashable, Codable {
    /// Input (prompt) tokens, including cached tokens as OpenTelemetry defines it.
    public var input: Int64
    /// Output (completion) tokens, including reasoning tokens.
    public var output: Int64
    /// Input tokens read from a prompt cache, when the exporter says.
    public var cacheRead: Int64

    /// Creates a usage record.
    public init(input: Int64 = 0, output: Int64 = 0, cacheRead: Int64 = 0) {
        self.input = input
        self.output = output
        self.cacheRead = cacheRead
    }

    /// Input plus output tokens.
    public var total: Int64 { input.addingSaturating(output) }

    /// The sum of two usage records, saturating instead of overflowing.
    public static func + (lhs: TokenUsage, rhs: TokenUsage) -> TokenUsage {
        TokenUsage(
            input: lhs.input.addingSaturating(rhs.input),
            output: lhs.output.addingSaturating(rhs.output),
            cacheRead: lhs.cacheRead.addingSaturating(rhs.cacheRead)
        )
    }
}

extension Int64 {
    /// Adds without trapping: clamps at `Int64.max` / `Int64.min`.
    package func addingSaturating(_ other: Int64) -> Int64 {
        let (sum, overflow) = addingReportingOverflow(other)
        if overflow { return other > 0 ? .max : .min }
        return sum
    }
}
