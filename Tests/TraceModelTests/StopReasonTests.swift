import Testing
import TraceModel

@Suite struct StopReasonTests {
    @Test("every vendor's finish-reason word maps to its category and keeps the raw value", arguments: [
        ("stop", StopReason.Category.stop), ("end_turn", .stop), ("length", .length), ("max_tokens", .length),
        ("tool_calls", .toolCalls), ("tool_call", .toolCalls), ("tool_use", .toolCalls),
        ("content_filter", .contentFilter), ("error", .error), ("something_new", .other),
    ])
    func normalizes(raw: String, category: StopReason.Category) {
        let reason = StopReason(raw: raw)
        #expect(reason.category == category)
        #expect(reason.raw == raw)
    }
}
