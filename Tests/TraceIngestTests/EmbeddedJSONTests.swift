import Foundation
import Testing
import TraceJSON
import TraceModel
@testable import TraceIngest

/// JSON inside a string attribute is parsed on each thread's simdjson parser and read in place.
/// What it accepts, and the values it gives, must be those of the Swift parser it replaced.
@Suite struct EmbeddedJSONTests {
    /// Texts that open like JSON, accepted and refused: escapes, non-ASCII, numbers at the edges,
    /// a repeated key, trailing text, nesting past the limit, whitespace before and after.
    static let texts: [String] = [
        #"{"a":1,"b":[true,false,null],"c":{"d":"e"}}"#, #"  [1, 2.5, -0, 1e3, -1.5E-3]  "#,
        #"{"s":"tab\tquote\"slash\/ unicode \u00e9 \ud83d\ude00"}"#, #"{"é":"😀","":""}"#,
        #"[9223372036854775807, -9223372036854775808, 9223372036854775808, 18446744073709551616]"#,
        #"[1e400]"#, #"{"a":1,"a":2}"#, #"{"a":1} trailing"#, #"{"a":01}"#, #"[1,]"#, #"{"a":"\ud800"}"#,
        String(repeating: "[", count: 2_000) + String(repeating: "]", count: 2_000), "[\"\u{1}\"]", "{", "[]", "{}",
        "\n\t{\"role\":\"user\",\"content\":\"hi\"}\r\n",
    ]

    /// The definition it replaced: the Swift parser's tree, or the string itself when refused.
    private static func reference(_ text: String) -> JSONValue {
        (try? JSONParser.parse(Array(text.utf8))) ?? .string(text)
    }

    @Test("every text decodes to the Swift parser's value, or stays a string where it refuses")
    func sameAsSwiftParser() {
        for text in Self.texts {
            #expect(AttributeLookup.decodeEmbedded(.string(text)) == Self.reference(text), "\(text.prefix(60).debugDescription)")
        }
        #expect(Self.texts.contains { Self.reference($0) == .string($0) }, "some texts are refused")
        #expect(Self.texts.contains { Self.reference($0) != .string($0) }, "some texts are accepted")
    }

    @Test("a view of the embedded JSON reads as the value does; a plain string stays a string")
    func viewsReadAlike() {
        for text in Self.texts {
            #expect(AttributeLookup.embeddedView(.string(text)).value == Self.reference(text))
        }
        #expect(AttributeLookup.embeddedView(.string("plain")).string == "plain")
        #expect(AttributeLookup.embeddedView(.int(3)).value == .int(3))
    }

    @Test("texts parsed on many threads at once each get their own value")
    func threads() {
        let texts = (0..<2_000).map { #"{"i":\#($0),"m":[{"role":"user","content":"q\#($0)"}]}"# }
        let values = ChunkedWork.each(texts, minimum: 1) { AttributeLookup.decodeEmbedded(.string($0)) }
        #expect(values == texts.map(Self.reference))
    }

    @Test("a text over a megabyte is parsed on a parser of its own, with the same value")
    func large() {
        let text = "[" + (0..<200_000).map { #"{"k":"\#($0)"}"# }.joined(separator: ",") + "]"
        #expect(text.utf8.count > 1 << 20)
        #expect(AttributeLookup.decodeEmbedded(.string(text)) == Self.reference(text))
    }

    @Test("messages read through a view of the tape as through a view of the tree: roles, texts, tool calls, finish reasons")
    func messageParts() throws {
        let text = #"""
        [{"role":"system","content":"be brief"},
         {"role":"Human","content":[{"type":"text","text":"a"},"b",{"text":""}]},
         {"role":"assistant","parts":[{"type":"text","content":"x"},{"type":"tool_call","id":["run","call_1"],"name":"f","arguments":"{\"q\":1}"},
                                      {"type":"tool_call","name":"g","arguments":null}],"finish_reason":"tool_calls"},
         {"type":"ai","content":"y","tool_calls":[{"id":"c2","function":{"name":"h","arguments":"{\"r\":[1,2]}"}}]},
         {"role":"assistant","tool_calls":{"not":"a list"},"additional_kwargs":{"tool_calls":[{"name":"k","arguments":{}}]}},
         "not a message", 7]
        """#
        let tape = AttributeLookup.embeddedView(.string(text))
        let tree = JSONView(try JSONParser.parse(Array(text.utf8)))
        #expect(tape.array.count == 7 && tape.array.count == tree.array.count)
        for (onTape, inTree) in zip(tape.array, tree.array) {
            #expect(MessageParts.role(of: onTape) == MessageParts.role(of: inTree))
            #expect(MessageParts.text(of: onTape) == MessageParts.text(of: inTree))
            #expect(MessageParts.toolCalls(in: onTape) == MessageParts.toolCalls(in: inTree))
            #expect(MessageParts.finishReason(of: onTape) == MessageParts.finishReason(of: inTree))
        }
        // Worked by hand from the list above.
        #expect(tape.array.map(MessageParts.role) == ["system", "user", "assistant", "assistant", "assistant", nil, nil])
        #expect(MessageParts.text(of: tape[1]) == "a\nb")
        #expect(MessageParts.toolCalls(in: tape[2]) == [ToolCall(name: "f", arguments: .object(["q": .int(1)]), callId: "call_1"),
                                                       ToolCall(name: "g", arguments: .null)])
        #expect(MessageParts.toolCalls(in: tape[3]).map(\.name) == ["h"] && MessageParts.toolCalls(in: tape[4]).map(\.name) == ["k"])
        #expect(MessageParts.finishReason(of: tape[2]) == "tool_calls")
    }
}
