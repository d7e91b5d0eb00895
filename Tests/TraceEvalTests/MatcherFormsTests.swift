import Testing
import TraceEval
import TraceModel

/// optional, absent, oneOf over any matchers, and fields for nested objects (BFCL's common rules).
@Suite struct MatcherFormsTests {
    private func call(_ yaml: String) throws -> ExpectedCall {
        let dataset = try Fixture.dataset("version: 1\nname: m\ncases:\n  - id: c\n    route: r\n    expected:\n      tools:\n        - \(yaml)\n")
        return try #require(dataset.cases[0].expected.tools?.first)
    }

    @Test("optional: absent or matching; optional: true, any value; absent: the key must not be there")
    func optionalAndAbsent() throws {
        let area = try call("area: {base: 10, unit: {optional: {oneOf: [units, \"\", {normalized: \"cm\"}]}}, dry_run: {absent: true}}")
        #expect(area.argumentsMatch(.object(["base": .int(10)]), mode: .superset))
        #expect(area.argumentsMatch(.object(["base": .int(10), "unit": .string(" CM ")]), mode: .superset))
        #expect(area.argumentsMatch(.object(["base": .double(10.0), "unit": .string("")]), mode: .superset))
        #expect(!area.argumentsMatch(.object(["base": .int(10), "unit": .string("inches")]), mode: .superset))
        #expect(!area.argumentsMatch(.object(["base": .int(10), "dry_run": .bool(false)]), mode: .superset))
        // exact: the optional key may be missing, an unexpected key may not, and absent stays absent.
        #expect(area.argumentsMatch(.object(["base": .int(10)]), mode: .exact))
        #expect(!area.argumentsMatch(.object(["base": .int(10), "extra": .int(1)]), mode: .exact))
        #expect(!area.argumentsMatch(.object(["base": .int(10), "dry_run": .bool(true)]), mode: .exact))
        let anyUnit = try call("area: {unit: {optional: true}}")
        #expect(anyUnit.argumentsMatch(.object([:]), mode: .superset))
        #expect(anyUnit.argumentsMatch(.object(["unit": .string("whatever")]), mode: .superset))
    }

    @Test("fields matches nested objects under the case's policy at each level")
    func fields() throws {
        let meeting = try call("book: {time: {fields: {start: {regex: \"^2026-\"}, zone: {optional: UTC}}}}")
        #expect(meeting.argumentsMatch(.object(["time": .object(["start": .string("2026-12-02T10:00")])]), mode: .superset))
        #expect(meeting.argumentsMatch(.object(["time": .object(["start": .string("2026-12-02"), "end": .string("x")])]), mode: .superset))
        #expect(!meeting.argumentsMatch(.object(["time": .object(["start": .string("2025-01-01")])]), mode: .superset))
        #expect(!meeting.argumentsMatch(.object(["time": .string("2026-12-02")]), mode: .superset))
        // exact applies inside too: an unlisted nested key fails.
        #expect(!meeting.argumentsMatch(.object(["time": .object(["start": .string("2026-12-02"), "end": .string("x")])]), mode: .exact))
    }

    @Test("misuse names the file, line and field")
    func misuse() {
        for (yaml, message) in [
            ("f: {x: {absent: false}}", "write absent: true"),
            ("f: {x: {optional: false}}", "write optional: true, or optional: MATCHER"),
            ("f: {x: {oneOf: [a, {absent: true}]}}", "absent cannot be one alternative of oneOf"),
            ("f: {x: {fields: {}}}", "fields needs at least one key"),
            ("f: {x: {optional: {optional: 1}}}", "optional inside optional"),
        ] {
            #expect {
                _ = try call(yaml)
            } throws: { error in
                let text = (error as? GoldenError)?.description ?? ""
                return text.hasPrefix("test.yaml:8:") && text.contains("field 'cases[0].expected.tools[0].f.x") && text.contains(message)
            }
        }
    }
}
