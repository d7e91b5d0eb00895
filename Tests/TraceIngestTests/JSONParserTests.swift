import Testing
import TraceIngest
import TraceModel
import TraceJSON

@Suite struct JSONParserTests {
    @Test("integers keep every digit: nanosecond timestamps never pass through Double")
    func exactIntegers() throws {
        let value = try JSONParser.parse(#"{"t": 1544712660000000001, "d": 1.5, "n": -3, "e": 1e3}"#)
        #expect(value["t"] == .int(1_544_712_660_000_000_001))
        #expect(value["d"] == .double(1.5))
        #expect(value["n"] == .int(-3))
        #expect(value["e"] == .double(1000))
    }

    @Test("escapes, surrogate pairs and raw UTF-8 decode to the right characters")
    func strings() throws {
        let value = try JSONParser.parse(#"["a\"b\\c\/\n", "\u00e9\ud83d\ude00", "°F"]"#)
        #expect(value == .array([.string("a\"b\\c/\n"), .string("é😀"), .string("°F")]))
    }

    @Test("malformed input is refused with the line and column of the fault", arguments: [
        ("{\n  \"a\": 1,\n  \"b\": ]\n}", 3, "expected a JSON value"),
        ("{\"a\": 1", 1, "truncated"),
        ("[1, 2,]", 1, "expected a JSON value"),
        ("{\"a\": tru}", 1, "invalid literal"),
        ("{\"a\": 01}", 1, "leading zero"),
        ("\"\\ud800\"", 1, "surrogate"),
        ("{\"a\" 1}", 1, "expected ':'"),
        ("", 1, "empty input"),
    ])
    func malformed(text: String, line: Int, fragment: String) {
        #expect {
            _ = try JSONParser.parse(text)
        } throws: { error in
            guard let error = error as? JSONParseError else { return false }
            return error.line == line && error.reason.contains(fragment)
        }
    }

    @Test("invalid UTF-8 inside a string is an error, not a silent replacement character")
    func invalidUTF8() throws {
        let bytes: [UInt8] = Array("[\"ab".utf8) + [0xC3, 0x28] + Array("\"]".utf8)
        #expect(throws: JSONParseError.self) { _ = try JSONParser.parse(bytes) }
        // The same after an escape, when the string is built in a buffer rather than from the input.
        let escaped: [UInt8] = Array("[\"a\\nb".utf8) + [0xC3, 0x28] + Array("\"]".utf8)
        #expect(throws: JSONParseError.self) { _ = try JSONParser.parse(escaped) }
        #expect(try JSONParser.parse(Array("[\"a\\nb".utf8) + [0xC3, 0xA9] + Array("\"]".utf8)) == .array([.string("a\nbé")]))
    }

    @Test("nesting deeper than the limit is an error that says how to raise it, not a stack overflow")
    func depthLimit() {
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        #expect {
            _ = try JSONParser.parse(deep)
        } throws: { error in
            (error as? JSONParseError)?.reason.contains("--max-depth") == true
        }
        #expect(throws: Never.self) { _ = try JSONParser.parse("[[[1]]]", limits: JSONLimits(maxDepth: 3)) }
        #expect(throws: JSONParseError.self) { _ = try JSONParser.parse("[[[[1]]]]", limits: JSONLimits(maxDepth: 3)) }
    }

    @Test("a value followed by more content is flagged as trailing content (the JSON Lines signal)")
    func trailing() {
        #expect {
            _ = try JSONParser.parse("{\"a\":1}\n{\"a\":2}")
        } throws: { error in
            (error as? JSONParseError)?.trailingContent == true
        }
    }
}
