import Testing
import TraceEval
import TraceModel

@Suite struct GoldenLoaderTests {
    /// The example of GOLDEN.md, complete.
    static let example = """
        version: 1
        name: ops-assistant
        description: Ops assistant, three routes
        defaults:
          trajectory_mode: in_order
          args_match: superset
          thresholds: {tool_selection_accuracy: 1.0, trajectory_score: 1.0, step_efficiency: 0.5}
        tools:
          get_report: {}
          send_email: {side_effect: true, requires_approval: true}
          refund: {side_effect: true, args_match: exact}
        cases:
          - id: c-017
            query: "Give me metrics and trend analysis"
            route: metrics_and_trends
            tags: [parallel]
            critical: false
            expected:
              tools:
                - get_report: {entity: cluster-a}
                - get_trends
              forbidden_tools: [delete_cluster]
              expect_no_tools: false
              trajectory:
                mode: unordered
                steps:
                  - get_report: {entity: {oneOf: [cluster-a, "cluster a"]}}
                  - get_trends: {window: {regex: "^(7|14)d$"}, limit: {number: {value: 10, abs: 0}}}
                must_precede: [[get_report, get_trends]]
              optimal_steps: 2
              outcome:
                answer_contains: ["p95 latency"]
                answer_regex: "cluster-a"
                answer_equals: null
                answer_number: {value: 42, abs: 0.5}
                must_communicate: ["1,200 requests"]
                required_actions:
                  - get_report: {entity: cluster-a}
                recorded: false
                termination: normal
                expect_no_action: false
              budgets: {max_llm_calls: 3, max_tool_calls: 4, max_tokens: 6000, max_cost_usd: 0.02, max_latency_ms: 3000}
        """

    @Test("the GOLDEN.md example loads with every field read")
    func example() throws {
        let dataset = try GoldenLoader().load(Self.example, file: "ops.yaml")
        #expect(dataset.name == "ops-assistant")
        #expect(dataset.tools["send_email"] == ToolPolicy(sideEffect: true, requiresApproval: true))
        #expect(dataset.argsMatch(for: "refund") == .exact)
        #expect(dataset.threshold(.stepEfficiency) == 0.5)
        let golden = try #require(dataset.cases.first)
        #expect(golden.route == "metrics_and_trends")
        #expect(golden.expected.tools == [ExpectedCall(tool: "get_report", arguments: ["entity": .literal(.string("cluster-a"))]),
                                          ExpectedCall(tool: "get_trends")])
        let steps = try #require(golden.expected.trajectory?.steps)
        #expect(steps[0].arguments?["entity"] == .oneOf([.literal(.string("cluster-a")), .literal(.string("cluster a"))]))
        #expect(steps[1].arguments?["window"] == .regex("^(7|14)d$"))
        #expect(steps[1].arguments?["limit"] == .number(value: 10, abs: 0, rel: 0))
        #expect(golden.expected.trajectory?.mustPrecede == [OrderConstraint(before: "get_report", after: "get_trends")])
        #expect(golden.expected.outcome.answerNumber == NumberTarget(value: 42, abs: 0.5))
        #expect(golden.expected.outcome.answerEquals == nil)
        #expect(golden.expected.budgets == Budgets(maxLLMCalls: 3, maxToolCalls: 4, maxTokens: 6000, maxCostUSD: 0.02, maxLatencyMs: 3000))
    }

    @Test("invalid files give errors naming the file, line, case and field", arguments: [
        // An unknown (misspelled) key inside a case: line 6 holds it.
        ("version: 1\nname: x\ncases:\n  - id: a\n    route: r\n    expcted: {}\n", 6, "a", "unknown key 'expcted'"),
        ("version: 1\nname: x\ncases:\n  - {id: a, route: r}\n  - {id: a, route: r}\n", 5, "a", "duplicate case id 'a'"),
        ("version: 1\nname: x\ncases:\n  - id: a\n    route: r\n    expected:\n      trajectory: {mode: sideways, steps: []}\n", 7, "a", "unknown trajectory mode 'sideways'"),
        ("version: 1\nname: x\ncases:\n  - id: a\n    route: r\n    expected:\n      tools:\n        - search: {q: {regex: \"(\"}}\n", 8, "a", "not a valid regular expression"),
        ("version: 1\nname: x\ncases:\n  - id: a\n    route: [r]\n", 5, "a", "must be text"),
        ("version: 1\nname: x\ncases:\n  - id: a\n", 4, "a", "missing key 'route'"),
        ("version: 2\nname: x\ncases: []\n", 1, nil, "unsupported version 2"),
        ("version: 1\nname: x\ndefaults: {args_match: fuzzy}\ncases: []\n", 3, nil, "unknown args_match 'fuzzy'"),
        ("version: 1\nname: x\ncases:\n  - id: a\n    route: r\n    expected:\n      tools:\n        - {a: {}, b: {}}\n", 8, "a", "one-key map"),
        ("version: 1\nname: x\ncases:\n  - id: a\n    route: r\n    expected: {optimal_steps: two}\n", 6, "a", "must be a whole number"),
    ] as [(String, Int, String?, String)])
    func invalid(text: String, line: Int, caseId: String?, fragment: String) {
        #expect {
            _ = try GoldenLoader().load(text, file: "bad.yaml")
        } throws: { error in
            guard let error = error as? GoldenError else { return false }
            return error.file == "bad.yaml" && error.line == line && error.caseId == caseId && error.message.contains(fragment)
        }
    }

    @Test("a repeated key in one mapping is refused by the YAML reader with its line")
    func duplicateKeys() {
        #expect {
            _ = try GoldenLoader().load("version: 1\nname: x\nname: y\ncases: []\n", file: "dup.yaml")
        } throws: { error in
            (error as? GoldenError)?.description.hasPrefix("dup.yaml:") == true
        }
    }

    @Test("JSON golden files are read too")
    func json() throws {
        let dataset = try GoldenLoader().load(#"{"version": 1, "name": "j", "cases": [{"id": "1", "route": "r", "expected": {"tools": ["a"]}}]}"#, file: "g.json")
        #expect(dataset.cases[0].id == "1")
    }
}

@Suite struct GoldenFingerprintTests {
    private func fingerprints(_ cases: String, defaults: String = "") throws -> [String: String] {
        let text = "version: 1\nname: g\n\(defaults)cases:\n\(cases)"
        let dataset = try GoldenLoader().load(text, file: "g.yaml")
        return Dictionary(uniqueKeysWithValues: dataset.cases.map { ($0.id, $0.fingerprint) })
    }

    @Test("a case's fingerprint follows its parsed content: formatting and comments do not change it, re-nesting does")
    func fingerprints() throws {
        let flow = try fingerprints("  - {id: a, route: r, expected: {tools: [{f: {x: 1}}]}}\n  - {id: b, route: r}\n")
        let block = try fingerprints("""
              # a comment
              - id: a
                route: r
                expected:
                  tools:
                    - f: {x: 1}
              - {id: b,   route: r}

            """)
        #expect(flow == block)
        // The same value one level deeper (x: [1] instead of x: 1) is another case.
        let renested = try fingerprints("  - {id: a, route: r, expected: {tools: [{f: {x: [1]}}]}}\n  - {id: b, route: r}\n")
        #expect(renested["a"] != flow["a"])
        #expect(renested["b"] == flow["b"], "an edit to one case leaves the others' fingerprints alone")
        // Defaults apply to every case, so changing them changes every fingerprint.
        let strict = try fingerprints("  - {id: a, route: r, expected: {tools: [{f: {x: 1}}]}}\n  - {id: b, route: r}\n",
                                      defaults: "defaults: {args_match: exact}\n")
        #expect(strict["a"] != flow["a"] && strict["b"] != flow["b"])
    }

    /// Baseline files keep fingerprints across versions, so the bytes hashed and the hash are fixed.
    /// Expected values: FNV-1a 64 as published (offset basis cbf29ce484222325, prime 0x100000001b3;
    /// its vector for "a" is af63dc4c8601ec8c), worked by a Python script checked against that vector.
    @Test("fingerprints are FNV-1a 64 of each part and a newline: no parts, non-ASCII text, and a case with no defaults")
    func fixedValues() throws {
        #expect(Fingerprint.of([]) == "cbf29ce484222325")
        #expect(Fingerprint.of(["é😀"]) == "31619285bb162252")
        // Case b is hashed as "defaults=\n", "tools=\n" and its canonical JSON {"id":"b","route":"r"}.
        #expect(try fingerprints("  - {id: b, route: r}\n")["b"] == "a4286b120955120a")
    }
}

@Suite struct YAMLAliasBudgetTests {
    /// Ten levels of ten aliases each: 10¹⁰ nodes once expanded.
    static let bomb: String = {
        var lines = ["version: 1", "name: bomb", "cases:", "  - id: c1", "    route: r", "    expected:", "      tools:",
                     "        - f: {x: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]}"]
        for level in 1..<10 {
            lines.append("        - f\(level): {x: &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ") + "]}")
        }
        return lines.joined(separator: "\n") + "\n"
    }()

    @Test("a billion-laughs golden file is refused with its file and line, in bounded time", .timeLimit(.minutes(1)))
    func bomb() {
        #expect {
            _ = try GoldenLoader().load(Self.bomb, file: "bomb.yaml")
        } throws: { error in
            let text = (error as? GoldenError)?.description ?? ""
            return text.hasPrefix("bomb.yaml:") && text.contains("expands to more than 100000 YAML nodes")
        }
        #expect(throws: GoldenError.self) { _ = try GateConfigLoader().load("x: " + Self.bomb.replacingOccurrences(of: "\n", with: "\n  "), file: "t.yaml") }
    }

    @Test("ordinary aliases still load: a shared expectation used by two cases")
    func ordinaryAliases() throws {
        let text = """
            version: 1
            name: shared
            cases:
              - {id: a, route: r, expected: &same {tools: [lookup], outcome: {answer_contains: [done]}}}
              - {id: b, route: r, expected: *same}

            """
        let dataset = try GoldenLoader().load(text, file: "s.yaml")
        #expect(dataset.cases.map(\.expected) == [dataset.cases[0].expected, dataset.cases[0].expected])
    }
}
