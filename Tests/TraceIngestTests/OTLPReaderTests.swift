import Testing
@testable import TraceIngest
import TraceModel
import TraceJSON

@Suite struct OTLPReaderTests {
    @Test("the OpenTelemetry proto example parses: upper-case hex ids, string nanoseconds, int kind")
    func protoExample() throws {
        let result = try Ingestor().read(file: Fixtures.path("samples/opentelemetry-proto-example-trace.json"))
        #expect(result.format == .otlp)
        let trace = try #require(result.traces.first)
        #expect(result.traces.count == 1)
        #expect(trace.traceId == "5b8efff798038103d269b633813fc60c")
        let span = try #require(trace.spans.first)
        #expect(span.spanId == "eee19b7ec3c1b174")
        #expect(span.name == "I'm a server span")
        #expect(span.start == 1_544_712_660_000_000_000)
        #expect(span.end == 1_544_712_661_000_000_000)
        #expect(span.latencyNanos == 1_000_000_000)
        #expect(span.kind == .other)
        #expect(span.allAttributes["my.span.attr"] == .string("some value"))
        // Its parent EEE19B7EC3C1B173 is not in the file: read as a root, with a warning.
        #expect(span.parentSpanId == nil)
        #expect(result.warnings.count == 1)
        #expect(result.warnings[0].message.contains("eee19b7ec3c1b173"))
    }

    @Test("JSON Lines of TracesData (the Collector file exporter) merge spans of one trace across lines")
    func jsonLines() throws {
        let line1 = #"{"resourceSpans":[{"scopeSpans":[{"spans":[{"traceId":"aa","spanId":"01","name":"root","startTimeUnixNano":100,"endTimeUnixNano":"900"}]}]}]}"#
        let line2 = #"{"resourceSpans":[{"scopeSpans":[{"spans":[{"traceId":"aa","spanId":"02","parentSpanId":"01","name":"execute_tool search","startTimeUnixNano":"200","endTimeUnixNano":"300","attributes":[{"key":"gen_ai.operation.name","value":{"stringValue":"execute_tool"}},{"key":"gen_ai.tool.call.arguments","value":{"stringValue":"{\"q\": \"x\"}"}}]}]}]}]}"#
        let result = try Ingestor().read(bytes: Array((line1 + "\n" + line2 + "\n").utf8), file: "export.jsonl")
        let trace = try #require(result.traces.first)
        #expect(trace.spans.map(\.spanId) == ["01", "02"])
        #expect(trace.spans[1].tool == ToolCall(name: "search", arguments: .object(["q": .string("x")])))
        #expect(trace.spans[0].start == 100)
    }

    @Test("attribute values of every AnyValue kind decode, int64 as string or number, kvlists as objects")
    func anyValues() throws {
        let document = #"""
        {"resourceSpans":[{"resource":{"attributes":[{"key":"tracegate.case_id","value":{"stringValue":"c-1"}}]},
        "scopeSpans":[{"spans":[{"traceId":"ab","spanId":"cd","name":"x","startTimeUnixNano":"1","endTimeUnixNano":"2",
        "attributes":[
          {"key":"s","value":{"stringValue":"v"}},{"key":"i","value":{"intValue":"9007199254740993"}},
          {"key":"j","value":{"intValue":20}},{"key":"d","value":{"doubleValue":0.5}},{"key":"b","value":{"boolValue":true}},
          {"key":"a","value":{"arrayValue":{"values":[{"stringValue":"stop"},{"stringValue":"length"}]}}},
          {"key":"k","value":{"kvlistValue":{"values":[{"key":"inner","value":{"intValue":"1"}}]}}},
          {"key":"nan","value":{"doubleValue":"NaN"}}],
        "events":[{"timeUnixNano":"1","name":"exception","attributes":[{"key":"exception.message","value":{"stringValue":"boom"}}]}],
        "status":{"code":2}}]}]}]}
        """#
        let result = try Ingestor().read(bytes: Array(document.utf8), file: "any.json")
        let trace = try #require(result.traces.first)
        let attributes = trace.spans[0].allAttributes
        #expect(attributes["i"] == .int(9_007_199_254_740_993))
        #expect(attributes["j"] == .int(20))
        #expect(attributes["d"] == .double(0.5))
        #expect(attributes["b"] == .bool(true))
        #expect(attributes["a"] == .array([.string("stop"), .string("length")]))
        #expect(attributes["k"] == .object(["inner": .int(1)]))
        #expect(attributes["nan"] == .string("NaN"))
        #expect(trace.caseId == "c-1")
        #expect(trace.spans[0].status == SpanStatus(code: .error, message: "boom"))
    }

    @Test("an AnyValue with several members takes the first type, in the documented order, whose member holds that type", arguments: [
        (#"{"stringValue":5,"boolValue":true}"#, JSONValue.bool(true)),
        (#"{"boolValue":"x","intValue":"7"}"#, .int(7)),
        (#"{"stringValue":"a","string_value":"b"}"#, .string("a")),
        (#"{"string_value":"b","boolValue":false}"#, .string("b")),
        (#"{"bytesValue":1,"doubleValue":"Infinity"}"#, .string("Infinity")),
        (#"{"intValue":1.5,"stringValue":null}"#, .double(1.5)),
        (#"{"stringValue":null}"#, .null),
        (#"{"bytesValue":1}"#, .null),
        (#"{"int_value":"12"}"#, .int(12)),
        (#"{"kvlist_value":{"values":[]}}"#, .object([:])),
        (#"{"foo":1}"#, .null),
        (#"{}"#, .null),
        (#"{"array_value":{"values":[{"bool_value":true},{"foo":1,"intValue":3}]}}"#, .array([.bool(true), .int(3)])),
    ])
    func anyValueMembers(_ value: String, _ expected: JSONValue) throws {
        // Read both from a parsed tape and from a tree (the fallback parser's values).
        let tape = try JSONDocumentParser().parse(Array(value.utf8))
        #expect(OTLPAnyValue.decode(tape) == expected, "\(value)")
        #expect(OTLPAnyValue.decode(JSONView(try JSONParser.parse(Array(value.utf8)))) == expected, "\(value)")
    }

    @Test("a span with no spanId is an error naming the file, span and field (a document over several lines names no misleading line 1)")
    func missingSpanId() {
        let document = "{\"resourceSpans\":[{\"scopeSpans\":[{\"spans\":[\n{\"traceId\":\"ab\",\"name\":\"x\",\"startTimeUnixNano\":\"1\"}]}]}]}"
        #expect(throws: IngestError.invalidRecord(file: "m.json", line: 0, record: "span resourceSpans[0].scopeSpans[0].spans[0]",
                                                  field: "spanId", reason: "is missing or empty")) {
            _ = try Ingestor().read(bytes: Array(document.utf8), file: "m.json")
        }
    }

    @Test("a start time that is not an integer is an error naming the field")
    func badStart() {
        let document = #"{"resourceSpans":[{"scopeSpans":[{"spans":[{"traceId":"ab","spanId":"cd","startTimeUnixNano":"soon"}]}]}]}"#
        #expect {
            _ = try Ingestor().read(bytes: Array(document.utf8), file: "s.json")
        } throws: { error in
            guard case .invalidRecord(_, _, _, let field, _) = error as? IngestError else { return false }
            return field == "startTimeUnixNano"
        }
    }

    @Test("a document no reader recognizes is refused, naming the file and what was seen")
    func unknownFormat() {
        #expect {
            _ = try Ingestor().read(bytes: Array(#"{"hello": "world"}"#.utf8), file: "odd.json")
        } throws: { error in
            guard case .unknownFormat(let file, let seen) = error as? IngestError else { return false }
            return file == "odd.json" && seen.contains("hello")
        }
    }
}
