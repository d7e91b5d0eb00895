import Foundation
import Testing
@testable import TraceIngest
import TraceModel
@testable import TraceJSON

/// The simdjson path must read exactly what the strict Swift parser reads, and refuse exactly what it refuses.
@Suite struct JSONDocumentParserTests {
    private let parser = JSONDocumentParser()

    @Test("every committed fixture reads the same through simdjson's tape as through the Swift parser")
    func fixturesAgree() throws {
        let files = (FileManager.default.enumerator(atPath: Fixtures.root.path)?.allObjects as? [String] ?? [])
            .filter { $0.hasSuffix(".json") }
        #expect(files.count >= 10)
        for file in files {
            let bytes = try Fixtures.bytes(file)
            guard let tree = try? JSONParser.parse(bytes) else { continue }
            let view = try parser.parse(bytes)
            #expect(view.isTape, "\(file) fell back to the Swift parser")
            #expect(view.value == tree, "\(file)")
        }
    }

    @Test("numbers: int64 exact, uint64 above Int64.max and decimals as doubles, -0 and exponents as the Swift parser reads them")
    func numbers() throws {
        let text = #"[1544712660000000001, -9223372036854775808, 18446744073709551615, 1.5, 1e3, -0, 0.1]"#
        let view = try parser.parse(Array(text.utf8))
        #expect(view.isTape)
        #expect(view.value == (try JSONParser.parse(text)))
        #expect(view[0].int64 == 1_544_712_660_000_000_001)
        #expect(view[2].value == .double(Double(UInt64.max)))
        // An integer beyond 64 bits is refused by simdjson; the fallback reads it as the Swift parser does.
        let big = "[123456789012345678901234]"
        #expect(try parser.parse(Array(big.utf8)).value == (try JSONParser.parse(big)))
    }

    @Test("a repeated key is refused by both parsers with its line and column, in small and large objects")
    func duplicateKeys() throws {
        #expect {
            _ = try parser.parse(Array("{\"a\": 1,\n \"b\": 2, \"a\": 3}".utf8))
        } throws: { error in
            "\(error)".contains("line 2, column 10") && "\(error)".contains("the key \"a\" appears twice in this object")
        }
        let large = "{" + (0..<40).map { "\"k\($0)\": \($0)" }.joined(separator: ", ") + ", \"k7\": 0}"
        #expect(throws: JSONParseError.self) { _ = try parser.parse(Array(large.utf8)) }
        #expect(throws: JSONParseError.self) { _ = try JSONParser.parse(large) }
        // The same key in different objects is fine.
        let view = try parser.parse(Array(#"{"a": {"a": 1}, "b": [{"a": 2}, {"a": 3}]}"#.utf8))
        #expect(view["a"]["a"].int64 == 1)
    }

    @Test("views answer alike over a tape and over a tree: missing members, wrong kinds, scalars as text")
    func viewParity() throws {
        let text = #"{"s": "x", "e": "", "n": null, "i": "42", "d": 2.5, "t": true, "a": [1, {"k": "v"}], "o": {}}"#
        let tape = try parser.parse(Array(text.utf8))
        let tree = JSONView(try JSONParser.parse(text))
        #expect(tape.isTape && !tree.isTape)
        for view in [tape, tree] {
            #expect(view["missing"].exists == false)
            #expect(view["n"].exists && !view["n"].isPresent)
            #expect(view["e"].string == "" && view["e"].nonEmptyString == nil)
            #expect(view["i"].int64 == 42 && view["i"].double == 42)
            #expect(view["d"].scalarText == "2.5" && view["t"].scalarText == "true" && view["t"].bool == true)
            #expect(view["a"].isArray && view["a"].array.count == 2 && view["a"][1]["k"].string == "v")
            #expect(view["a"][5].exists == false && view["s"][0].exists == false && view["s"]["k"].exists == false)
            #expect(view["o"].isObject && view["o"].members.isEmpty && view["a"].int64 == nil)
            #expect(view.keys == ["s", "e", "n", "i", "d", "t", "a", "o"])
        }
    }

    @Test("refused input gets the Swift parser's error: same reason, line and column", arguments: [
        "{\n  \"a\": 1,\n  \"b\": ]\n}", "{\"a\": 1", "[1, 2,]", "{\"a\": tru}", "{\"a\": 01}", "\"\\ud800\"",
        "\"\\udc00\\ud800\"", "{\"a\" 1}", "[1e400]", "[NaN]", "{\"a\":1}\n{\"a\":2}", "[\"tab\tinside\"]",
    ])
    func refusals(text: String) throws {
        let expected = #expect(throws: JSONParseError.self) { _ = try JSONParser.parse(text) }
        let actual = #expect(throws: JSONParseError.self) { _ = try parser.parse(Array(text.utf8)) }
        #expect(actual == expected)
    }

    @Test("invalid UTF-8 is refused on the fast path too")
    func invalidUTF8() {
        let bytes: [UInt8] = Array("[\"ab".utf8) + [0xC3, 0x28] + Array("\"]".utf8)
        #expect(throws: JSONParseError.self) { _ = try parser.parse(bytes) }
    }

    @Test("the nesting limit is the same on both paths, at the default and at a raised limit beyond simdjson's")
    func depth() throws {
        func nested(_ depth: Int) -> [UInt8] { Array((String(repeating: "[", count: depth) + String(repeating: "]", count: depth)).utf8) }
        for (limit, depth) in [(3, 3), (3, 4), (512, 512), (512, 513), (2_000, 1_500), (2_000, 2_001)] {
            let limits = JSONLimits(maxDepth: limit)
            let swift = Result { try JSONParser.parse(nested(depth), limits: limits) }
            let fast = Result { try JSONDocumentParser(limits: limits).parse(nested(depth)).value! }
            #expect((try? swift.get()) == (try? fast.get()), "limit \(limit), depth \(depth)")
            #expect((try? fast.get()) == nil || depth <= limit)
        }
        #expect(try JSONDocumentParser(limits: JSONLimits(maxDepth: 512)).parse(nested(512)).isTape)
    }
}
