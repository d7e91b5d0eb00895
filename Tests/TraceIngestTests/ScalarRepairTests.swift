import Testing
@testable import TraceIngest
import TraceModel

@Suite struct ScalarRepairTests {
    @Test("arrays where a scalar belongs and bad token counts are repaired in key order, an unwrapped count checked too")
    func repairs() {
        var attributes: [String: JSONValue] = [
            "gen_ai.usage.input_tokens": .array([.int(-3)]),
            "gen_ai.request.model": .array([.string("a"), .string("b")]),
            "gen_ai.usage.output_tokens": .string("7"),
            "gen_ai.response.model": .array([.string("m")]),
            "other": .array([.int(1), .int(2)]),
        ]
        let repairs = ScalarRepair.apply(&attributes)
        #expect(repairs == [
            "attribute gen_ai.request.model was an array of 2 values where one value belongs; ignored",
            "attribute gen_ai.response.model was a one-element array; read as its element",
            "attribute gen_ai.usage.input_tokens was a one-element array; read as its element",
            "token count gen_ai.usage.input_tokens = -3 is not a whole number from 0 to 2^63−1; ignored",
        ])
        #expect(attributes == [
            "gen_ai.usage.output_tokens": .string("7"),
            "gen_ai.response.model": .string("m"),
            "other": .array([.int(1), .int(2)]),
            "tracegate.repairs": .array(repairs.map(JSONValue.string)),
        ])
    }

    @Test("attributes needing no repair are left exactly as they were, with no repairs key")
    func untouched() {
        let original: [String: JSONValue] = ["gen_ai.usage.input_tokens": .int(12), "gen_ai.request.model": .string("gpt-4o")]
        var attributes = original
        #expect(ScalarRepair.apply(&attributes).isEmpty)
        #expect(attributes == original)
    }
}
