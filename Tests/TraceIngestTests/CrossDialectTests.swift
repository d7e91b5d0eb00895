import Testing
import TraceIngest
import TraceModel
import TraceJSON

/// The same LLM call exported with OTel GenAI attributes and with OpenInference attributes
/// (the two real `*.attrs.json` fixtures of Arize-ai/openinference) must normalize to one span.
@Suite struct CrossDialectTests {
    private func span(fromAttributes file: String) throws -> Span {
        let attributes = try JSONParser.parse(Fixtures.bytes("samples/\(file)")).objectValue ?? [:]
        let document = OTLPEnvelope.document(attributes: attributes)
        let result = try Ingestor().read(bytes: Array(document.utf8), file: file)
        return try #require(result.traces.first?.spans.first)
    }

    private func comparable(_ span: Span) -> Span {
        var copy = span
        copy.attributes = [:]
        copy.otherAttributesText = nil
        return copy
    }

    @Test("GenAI and OpenInference attributes of one call normalize to equal spans")
    func sameCall() throws {
        let genAI = try span(fromAttributes: "otel_genai_client_span_tool_calls.attrs.json")
        let openInference = try span(fromAttributes: "openinference_client_span_tool_calls.attrs.json")
        #expect(comparable(genAI) == comparable(openInference))
        // Values read off the two files by hand.
        #expect(genAI.kind == .llm)
        #expect(genAI.model == "gpt-4-0613")
        #expect(genAI.usage == TokenUsage(input: 97, output: 52))
        #expect(genAI.stopReason == StopReason(raw: "stop"))
        #expect(genAI.userMessage == "Weather in Paris?")
        #expect(genAI.outputText == "The weather in Paris is currently rainy with a temperature of 57°F.")
        #expect(genAI.requestedToolCalls.isEmpty)
    }

    @Test("each fixture is recognized as its own dialect")
    func dialects() throws {
        let genAI = try JSONParser.parse(Fixtures.bytes("samples/otel_genai_client_span_tool_calls.attrs.json")).objectValue ?? [:]
        let openInference = try JSONParser.parse(Fixtures.bytes("samples/openinference_client_span_tool_calls.attrs.json")).objectValue ?? [:]
        #expect(AttributeDialect.detect(in: genAI) == [.genAI])
        #expect(AttributeDialect.detect(in: openInference) == [.openInference])
    }
}
