import Testing
import TraceModel

@Suite struct JSONValueTests {
    @Test("canonical text sorts keys at every level and escapes what JSON requires")
    func canonicalText() {
        let value = JSONValue.object([
            "b": .array([.int(1), .double(2.5), .null]),
            "a": .object(["z": .bool(true), "y": .string("q\"\\\n\u{1}")]),
        ])
        #expect(value.canonicalText == #"{"a":{"y":"q\"\\\n\u0001","z":true},"b":[1,2.5,null]}"#)
    }

    @Test("whole numbers are read from integers, integral doubles and decimal strings, never rounded")
    func wholeNumbers() {
        #expect(JSONValue.string("1544712660000000000").int64Value == 1_544_712_660_000_000_000)
        #expect(JSONValue.int(631).int64Value == 631)
        #expect(JSONValue.string(" 631 ").int64Value == 631)
        #expect(JSONValue.double(2.0).int64Value == 2)
        #expect(JSONValue.double(2.5).int64Value == nil)
        #expect(JSONValue.string("abc").int64Value == nil)
        #expect(JSONValue.bool(true).int64Value == nil)
    }

    @Test("objects are equal regardless of key order")
    func objectEquality() {
        #expect(JSONValue.object(["a": .int(1), "b": .int(2)]) == JSONValue.object(["b": .int(2), "a": .int(1)]))
    }
}
