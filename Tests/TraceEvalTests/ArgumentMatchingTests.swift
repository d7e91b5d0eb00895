import Testing
import TraceEval
import TraceModel

@Suite struct ArgumentMatchingTests {
    @Test("literal equality: 1 == 1.0, a bool is never a number, key order is irrelevant, strings are exact")
    func literals() {
        #expect(ArgumentMatcher.literal(.int(1)).matches(.double(1.0)))
        #expect(!ArgumentMatcher.literal(.int(1)).matches(.bool(true)))
        #expect(!ArgumentMatcher.literal(.bool(true)).matches(.int(1)))
        #expect(!ArgumentMatcher.literal(.string("1")).matches(.int(1)))
        #expect(ArgumentMatcher.literal(.object(["a": .int(1), "b": .array([.int(2)])])).matches(.object(["b": .array([.double(2)]), "a": .int(1)])))
        #expect(!ArgumentMatcher.literal(.int(1)).matches(nil))
    }

    @Test("oneOf, regex, number with abs and rel, any, normalized")
    func matchers() {
        #expect(ArgumentMatcher.oneOf([.literal(.string("cluster-a")), .literal(.string("cluster a"))]).matches(.string("cluster a")))
        #expect(!ArgumentMatcher.oneOf([.literal(.string("cluster-a"))]).matches(.string("cluster-b")))
        #expect(ArgumentMatcher.regex("^(7|14)d$").matches(.string("14d")))
        #expect(!ArgumentMatcher.regex("^(7|14)d$").matches(.string("147d")))
        #expect(!ArgumentMatcher.regex("d").matches(.int(7)))
        #expect(ArgumentMatcher.number(value: 10, abs: 0.5, rel: 0).matches(.double(10.5)))
        #expect(!ArgumentMatcher.number(value: 10, abs: 0.5, rel: 0).matches(.double(10.51)))
        #expect(ArgumentMatcher.number(value: 200, abs: 0, rel: 0.1).matches(.int(220)))
        #expect(!ArgumentMatcher.number(value: 200, abs: 0, rel: 0.1).matches(.string("200")))
        #expect(ArgumentMatcher.any.matches(.null))
        #expect(!ArgumentMatcher.any.matches(nil))
        #expect(ArgumentMatcher.normalized("New  York").matches(.string("  new york ")))
    }

    @Test("argument policies: superset allows extra keys, exact needs the same keys, subset allows missing ones, ignore checks names only")
    func policies() {
        let expected = ExpectedCall(tool: "search", arguments: ["q": .literal(.string("a"))])
        let extra = JSONValue.object(["q": .string("a"), "lang": .string("en")])
        let same = JSONValue.object(["q": .string("a")])
        let none = JSONValue.object([:])
        #expect(expected.argumentsMatch(extra, mode: .superset))
        #expect(!expected.argumentsMatch(extra, mode: .exact))
        #expect(expected.argumentsMatch(same, mode: .exact))
        #expect(!expected.argumentsMatch(extra, mode: .subset))
        #expect(expected.argumentsMatch(none, mode: .subset))
        #expect(!expected.argumentsMatch(none, mode: .superset))
        #expect(expected.argumentsMatch(.string("{'q': 'b'}"), mode: .ignore))
        #expect(!expected.argumentsMatch(.string("{'q': 'a'}"), mode: .superset))
        #expect(ExpectedCall(tool: "search").argumentsMatch(extra, mode: .exact))
    }
}
