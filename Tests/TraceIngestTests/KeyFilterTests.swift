import Testing
import TraceModel
@testable import TraceIngest

/// The filter that lets attribute lookups skip absent names must never skip a present one.
@Suite struct KeyFilterTests {
    /// Keys of every length from 0 to 60, ASCII and not, from a fixed linear congruential sequence.
    private static func keys(_ count: Int) -> [String] {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        let alphabet = Array("abcdefghijklmnopqrstuvwxyz._0123456789".unicodeScalars) + ["é", "😀", "\u{0}"]
        return (0..<count).map { index in
            String(String.UnicodeScalarView((0..<(index % 61)).map { _ in
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                return alphabet[Int(state >> 33) % alphabet.count]
            }))
        }
    }

    @Test("every key a filter was made from passes it, for sets of 1 to 40 keys of assorted lengths and bytes")
    func noFalseNegative() {
        let all = Self.keys(4_000)
        for size in 1...40 {
            for start in stride(from: 0, to: all.count - size, by: 97) {
                let keys = Array(all[start..<(start + size)])
                let filter = KeyFilter(keys)
                for key in keys { #expect(filter.mayContain(key), "\(key.debugDescription) among \(size) keys") }
            }
        }
    }

    @Test("a name whose bit differs is refused: gen_ai.operation.name (21 bytes, ends 'e': bit 56) is not llm.model_name (14, 'e': bit 7)")
    func refusesAbsent() {
        #expect(KeyFilter.bit("gen_ai.operation.name") == 1 << 56)
        #expect(KeyFilter.bit("llm.model_name") == 1 << 7)
        let filter = KeyFilter(["gen_ai.operation.name"])
        #expect(filter.mayContain("gen_ai.operation.name"))
        #expect(!filter.mayContain("llm.model_name"))
        #expect(!KeyFilter([]).mayContain(""))
    }
}

/// Which family each attribute name belongs to, from the families' own names (FORMATS.md §7's order).
@Suite struct AttributeDialectOfKeyTests {
    @Test("each name goes to its family; where families share a first byte the more specific name wins")
    func families() {
        let expected: [(String, AttributeDialect?)] = [
            ("openinference.span.kind", .openInference), ("openinference.other", nil),
            ("llm.token_count.prompt", .openInference), ("llm.model_name", .openInference),
            ("llm.input_messages.0.message.role", .openInference), ("llm.output_messages.0.message.content", .openInference),
            ("llm.request.type", .openLLMetry), ("llm.other", nil),
            ("tool.name", .openInference), ("tool.other", nil), ("traceloop.span.kind", .openLLMetry),
            ("fi.span.kind", .traceAI), ("gen_ai.span.kind", .traceAI),
            ("gen_ai.system", .genAILegacy), ("gen_ai.usage.prompt_tokens", .genAILegacy),
            ("gen_ai.usage.completion_tokens", .genAILegacy), ("gen_ai.prompt.0.role", .genAILegacy),
            ("gen_ai.completion.0.content", .genAILegacy), ("gen_ai.promptx", .genAI), ("gen_ai.usage.input_tokens", .genAI),
            ("ai.usage.promptTokens", .vercelAI), ("aix", nil), ("", nil), ("service.name", nil),
        ]
        for (key, dialect) in expected { #expect(AttributeDialect.dialect(of: key) == dialect, "\(key)") }
        #expect(AttributeDialect.detect(in: ["gen_ai.system": .null, "tool.name": .null, "x": .null]) == [.genAILegacy, .openInference])
    }

    @Test("a span naming every family, some several times, has all six dialects; one naming none has none")
    func detectsEveryFamily() {
        let keys = ["gen_ai.operation.name", "gen_ai.request.model", "gen_ai.system", "llm.model_name", "fi.span.kind",
                    "traceloop.span.kind", "ai.usage.promptTokens", "ai.response.text", "service.name"]
        let attributes = Dictionary(uniqueKeysWithValues: keys.map { ($0, JSONValue.null) })
        #expect(AttributeDialect.detect(in: attributes) == Set(AttributeDialect.allCases))
        #expect(AttributeDialect.detect(in: ["service.name": .null, "x": .int(1)]).isEmpty)
        #expect(AttributeDialect.detect(in: ["ai.usage.promptTokens": .null]) == [.vercelAI])
    }
}
