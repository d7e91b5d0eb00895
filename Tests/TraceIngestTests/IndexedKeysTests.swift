import Testing
import TraceModel
@testable import TraceIngest

/// Flattened indexed keys (`prefix.N.rest`) are grouped by N, and a span without any is skipped
/// before its keys are walked: the skip must never hide a key that `Int` reads as an index.
@Suite struct IndexedKeysTests {
    @Test("groups keys by index, sorted, including indices written with a sign, which Int reads")
    func groups() {
        let lookup = AttributeLookup(attributes: [
            "gen_ai.prompt.1.role": .string("user"), "gen_ai.prompt.1.content": .string("b"),
            "gen_ai.prompt.0.content": .string("a"), "gen_ai.prompt.+2.content": .string("c"),
            "gen_ai.prompt.-1.content": .string("d"), "gen_ai.prompt.x.content": .string("ignored"),
            "gen_ai.completion.0.content": .string("other prefix"),
        ])
        let groups = lookup.indexed("gen_ai.prompt.")
        #expect(groups.map(\.index) == [-1, 0, 1, 2])
        #expect(groups.map { $0.fields["content"]?.stringValue } == ["d", "a", "b", "c"])
        #expect(groups[2].fields["role"] == .string("user"))
    }

    @Test("a span whose only indexed key has a signed index still has that group")
    func signedOnly() {
        let lookup = AttributeLookup(attributes: ["gen_ai.prompt.-1.content": .string("d"), "gen_ai.system": .string("openai")])
        #expect(lookup.indexed("gen_ai.prompt.").map(\.index) == [-1])
        #expect(AttributeLookup(attributes: ["a.+4": .int(1)]).indexed("a.").map(\.index) == [4])
    }

    @Test("a key that is the prefix and an index alone is a group with one empty field name")
    func bareIndex() {
        let lookup = AttributeLookup(attributes: ["tool_calls.3": .string("x")])
        let groups = lookup.indexed("tool_calls.")
        #expect(groups.count == 1)
        #expect(groups.first?.index == 3)
        #expect(groups.first?.fields == ["": .string("x")])
    }

    @Test("keys with no dot before a digit or sign give no groups for any prefix")
    func noIndexedKeys() {
        let lookup = AttributeLookup(attributes: [
            "gen_ai.operation.name": .string("chat"), "gen_ai.usage.input_tokens": .int(3), "llm.v2": .string("x"),
        ])
        for prefix in ["gen_ai.prompt.", "llm.", "gen_ai.", "gen_ai.usage."] { #expect(lookup.indexed(prefix).isEmpty) }
    }
}
