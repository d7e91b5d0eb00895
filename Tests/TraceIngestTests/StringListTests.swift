import Testing
@testable import TraceIngest
import TraceModel

/// Finish reasons and call ids arrive as one word, a JSON array, a JSON array inside a string, or
/// a Python list repr; each reads as the list of its non-empty, trimmed words.
@Suite struct StringListTests {
    @Test("every shape reads as its trimmed words", arguments: [
        (JSONValue.string("call_1"), ["call_1"]),
        (.string("  call_1\n"), ["call_1"]),
        (.string("call_1 "), ["call_1"]),
        (.string("call_1\u{2028}"), ["call_1"]),
        (.string("\u{00A0}call_1\u{2028}"), ["call_1"]),
        (.string(""), []),
        (.string("   "), []),
        (.string("['stop']"), ["stop"]),
        (.string("[\"tool_calls\", \"stop\"]"), ["tool_calls", "stop"]),
        (.string("['a', 'b']"), ["a", "b"]),
        (.string("{abc"), ["{abc"]),
        (.string("a]"), ["a]"]),
        (.array([.string("stop"), .null, .int(3)]), ["stop", "3"]),
        (.null, []),
        (.int(7), ["7"]),
    ])
    func shapes(_ value: JSONValue, _ expected: [String]) {
        #expect(AttributeLookup.stringList(value) == expected)
    }

    @Test("a list of call ids yields the call_ one (Microsoft Agent Framework), a single id itself")
    func callIds() {
        #expect(ToolCallMapper.callIdentifier(.string("run_9")) == "run_9")
        #expect(ToolCallMapper.callIdentifier(.string(" call_2 ")) == "call_2")
        #expect(ToolCallMapper.callIdentifier(.string("[\"run_9\", \"call_2\"]")) == "call_2")
        #expect(ToolCallMapper.callIdentifier(.array([.string("a"), .string("b")])) == "b")
    }
}
