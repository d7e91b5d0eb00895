import Foundation
import Testing
@testable import TraceIngest
import TraceJSON
import TraceModel

/// Spans read only for scoring (`keepsAttributes: false`) are mapped from their OTLP attribute list
/// where it lies, with no dictionary: they must come out as the dictionary path makes them, keeping
/// only tracegate's own attributes, and a list that needs repairing or holds indexed keys must
/// take the dictionary path.
@Suite struct AttributeListMappingTests {
    private static let scoring = Ingestor(options: IngestOptions(keepsAttributes: false))

    /// The traces read with every attribute, their OTLP spans cut to tracegate's own.
    private static func ownOnly(_ traces: [Trace]) -> [Trace] {
        traces.map { trace in
            var trace = trace
            guard trace.format == TraceFormat.otlp.rawValue else { return trace }
            for index in trace.spans.indices {
                trace.spans[index].attributes = trace.spans[index].attributes.filter { $0.key.hasPrefix("tracegate.") }
                trace.spans[index].otherAttributesText = nil
            }
            return trace
        }
    }

    /// The two reports' every field alike.
    private static func same(_ kept: FileReport, _ scored: FileReport) -> Bool {
        kept.file == scored.file && kept.format == scored.format && kept.bytes == scored.bytes && kept.traces == scored.traces
            && kept.spans == scored.spans && kept.byArchitecture == scored.byArchitecture && kept.byDialect == scored.byDialect
            && kept.skipped == scored.skipped && kept.warnings == scored.warnings
    }

    private static func read(_ ingestor: Ingestor, _ file: String) -> Result<FileIngest, IngestError> {
        Result { () throws(IngestError) in try ingestor.read(file: file) }
    }

    @Test("every committed fixture and demo dataset reads alike either way, its errors and warnings included")
    func fixtures() throws {
        let datasets = Fixtures.root.appendingPathComponent("../../../datasets").standardized
        let paths = try [Fixtures.root, datasets].flatMap { folder in
            try FileManager.default.subpathsOfDirectory(atPath: folder.path)
                .filter { $0.hasSuffix(".json") || $0.hasSuffix(".jsonl") }.sorted().map { folder.appendingPathComponent($0).path }
        }
        #expect(paths.count >= 25)
        var compared = 0
        for path in paths {
            let file = path
            switch (Self.read(Ingestor(), path), Self.read(Self.scoring, path)) {
            case (.success(let kept), .success(let scored)):
                #expect(Self.ownOnly(kept.traces) == scored.traces, "\(file)")
                #expect(kept.traces.map(TraceDigest.evaluationView) == scored.traces.map(TraceDigest.evaluationView), "\(file)")
                #expect(Self.same(kept.report, scored.report), "\(file)")
                compared += kept.traces.count
            case (.failure(let kept), .failure(let scored)):
                #expect(kept.description == scored.description, "\(file)")
            case (let kept, let scored):
                Issue.record("\(file): \(kept) against \(scored)")
            }
        }
        #expect(compared > 300)
    }

    /// One OTLP span with these attribute entries (JSON text), under a resource with `resource`.
    private static func document(_ entries: [String], resource: [String] = []) -> String {
        """
        {"resourceSpans":[{"resource":{"attributes":[\(resource.joined(separator: ","))]},"scopeSpans":[{"spans":[\
        {"traceId":"AB01","spanId":"01","name":"chat x","startTimeUnixNano":"1","endTimeUnixNano":"5",\
        "attributes":[\(entries.joined(separator: ","))]}]}]}]}
        """
    }

    private static func string(_ key: String, _ value: String) -> String {
        "{\"key\":\"\(key)\",\"value\":{\"stringValue\":\(String(decoding: try! JSONEncoder().encode(value), as: UTF8.self))}}"
    }

    /// Attribute lists of every shape that the two paths must read alike, each with whether it is
    /// read in place (else it needs the dictionary).
    private static let lists: [(entries: [String], resource: [String], inPlace: Bool)] = [
        // A model call: names, tokens as decimal strings, finish reasons, messages as JSON text.
        ([string("gen_ai.operation.name", "chat"), string("gen_ai.request.model", "m1"),
          #"{"key":"gen_ai.usage.input_tokens","value":{"intValue":"900"}}"#, #"{"key":"gen_ai.usage.output_tokens","value":{"intValue":40}}"#,
          #"{"key":"gen_ai.response.finish_reasons","value":{"arrayValue":{"values":[{"stringValue":"tool_calls"}]}}}"#,
          string("gen_ai.input.messages", #"[{"role":"user","parts":[{"type":"text","content":"hi <b>"}]}]"#),
          string("gen_ai.output.messages", #" [{"role":"assistant","parts":[{"type":"tool_call","id":"c1","name":"t","arguments":{"a":1}}],"finish_reason":"tool_calls"}]"#)],
         [], true),
        // A repeated name: the last wins, even when it is null or empty.
        ([string("gen_ai.agent.name", "first"), string("gen_ai.agent.name", "second"), string("gen_ai.request.model", "m"),
          #"{"key":"gen_ai.request.model","value":{}}"#, string("agent.name", "kept"), string("agent.name", "")],
         [], true),
        // The resource's case id fills in for a span without one; a span's own (even null) wins.
        ([string("gen_ai.operation.name", "invoke_agent")], [string("tracegate.case_id", "from-resource")], true),
        ([#"{"key":"tracegate.case_id","value":{}}"#, string("tracegate.termination", "max_turns")],
         [string("tracegate.case_id", "from-resource")], true),
        // Decisions, snake-case values, bytes, doubles, a key that is not a string, a missing value.
        ([string("tracegate.decision", "Deny"), string("tracegate.decision.tool", "refund"), #"{"key":"x.d","value":{"doubleValue":"NaN"}}"#,
          #"{"key":"gen_ai.tool.name","value":{"string_value":"snake"}}"#, #"{"key":"b","value":{"bytesValue":"AAE="}}"#,
          #"{"key":7,"value":{"stringValue":"x"}}"#, #"{"key":"gen_ai.tool.call.id"}"#, #"{"key":"k","value":{"kvlistValue":{"values":[{"key":"z","value":{"boolValue":true}}]}}}"#],
         [], true),
        // Messages that are not JSON, blank, or not a string at all.
        ([string("gen_ai.input.messages", "   "), #"{"key":"gen_ai.output.messages","value":{"intValue":"3"}}"#, string("output.value", "[1,")], [], true),
        // A tool span, arguments and result as JSON text, a hostile name.
        ([string("gen_ai.operation.name", "execute_tool"), string("gen_ai.tool.name", "<script>\u{1B}[2J\u{0}"),
          string("gen_ai.tool.call.arguments", #"{"q":"\u0000","n":1e400}"#), string("gen_ai.tool.call.result", "{\"ok\":true}")],
         [], true),
        // OpenInference and Vercel names on one span.
        ([string("openinference.span.kind", "LLM"), #"{"key":"llm.token_count.prompt","value":{"intValue":"5"}}"#,
          string("ai.response.text", "done"), string("llm.model_name", "m2")], [], true),
        // Names out of order and repeated, strings to escape, doubles of every size, nested lists.
        ([string("z.last", "q\"\\\n\t\u{1}é😀<script>"), string("a.first", "x"), #"{"key":"m.big","value":{"doubleValue":1e300}}"#,
          #"{"key":"m.whole","value":{"doubleValue":1e15}}"#, #"{"key":"m.neg","value":{"doubleValue":-0.0}}"#,
          #"{"key":"m.tenth","value":{"doubleValue":0.1}}"#, #"{"key":"a.first","value":{"intValue":"7"}}"#, string("A.upper", ""),
          #"{"key":"n.kv","value":{"kvlistValue":{"values":[{"key":"b","value":{"arrayValue":{"values":[{"doubleValue":2.5},{"kvlistValue":{"values":[]}}]}}},{"key":"a","value":{}}]}}}"#],
         [], true),
        // Needs the dictionary: a name that is not ASCII (Swift orders and equates such names its own way).
        ([string("gen_ai.agent.name", "a"), string("ünïcode.key", "v")], [], false),
        // Needs the dictionary: an array where one value belongs, a negative or fractional count, indexed names.
        ([#"{"key":"gen_ai.request.model","value":{"arrayValue":{"values":[{"stringValue":"m"}]}}}"#], [], false),
        ([#"{"key":"gen_ai.usage.input_tokens","value":{"intValue":"-1"}}"#], [], false),
        ([#"{"key":"gen_ai.usage.output_tokens","value":{"doubleValue":2.5}}"#], [], false),
        ([string("gen_ai.prompt.0.role", "user"), string("gen_ai.prompt.0.content", "hello")], [], false),
        ([string("gen_ai.operation.name", "chat")], [#"{"key":"tracegate.case_id","value":{"arrayValue":{"values":[]}}}"#], false),
    ]

    @Test("attribute lists of every shape read alike either way; only those needing the dictionary leave the fast path")
    func shapes() throws {
        for (number, list) in Self.lists.enumerated() {
            let text = Self.document(list.entries, resource: list.resource)
            let root = try JSONDocumentParser().parse(Array(text.utf8))
            let span = root["resourceSpans"][0]["scopeSpans"][0]["spans"][0]
            let resourceCaseId = OTLPAnyValue.attributes(root["resourceSpans"][0]["resource"]["attributes"])["tracegate.case_id"]
            #expect((OTLPAttributeList(span["attributes"], resourceCaseId: resourceCaseId) != nil) == list.inPlace, "list \(number)")
            // What the dictionary path keeps, and stores as the canonical text of that dictionary.
            var dictionary = OTLPAnyValue.attributes(span["attributes"])
            if let resourceCaseId, dictionary["tracegate.case_id"] == nil { dictionary["tracegate.case_id"] = resourceCaseId }
            let kept = Result { () throws(IngestError) in try Ingestor().read(bytes: Array(text.utf8), file: "l\(number).json") }
            let scored = Result { () throws(IngestError) in try Self.scoring.read(bytes: Array(text.utf8), file: "l\(number).json") }
            switch (kept, scored) {
            case (.success(let kept), .success(let scored)):
                #expect(Self.ownOnly(kept.traces) == scored.traces, "list \(number)")
                if list.inPlace {
                    let stored = kept.traces[0].spans[0]
                    #expect(stored.otherAttributesText != nil, "list \(number)")
                    // Read back as from a store: a whole double comes back an integer either way.
                    #expect(stored.allAttributes == (try JSONParser.parse(JSONValue.object(dictionary).canonicalText)).objectValue, "list \(number)")
                    #expect(stored.allAttributesText == JSONValue.object(dictionary).canonicalText, "list \(number)")
                }
                #expect(Self.same(kept.report, scored.report), "list \(number)")
            case (.failure(let kept), .failure(let scored)):
                #expect(kept.description == scored.description, "list \(number)")
            case (let kept, let scored):
                Issue.record("list \(number): \(kept) against \(scored)")
            }
        }
    }

    @Test("read in place, a span keeps tracegate's own attributes only, and its fields from the others")
    func ownAttributesKept() throws {
        let text = Self.document([Self.string("gen_ai.operation.name", "chat"), Self.string("gen_ai.response.model", "m3"),
                                  Self.string("tracegate.decision", "allow"), Self.string("tracegate.termination", "done")],
                                 resource: [Self.string("tracegate.case_id", "c-9")])
        let trace = try Self.scoring.read(bytes: Array(text.utf8), file: "own.json").traces[0]
        let span = trace.spans[0]
        #expect(span.attributes == ["tracegate.decision": .string("allow"), "tracegate.termination": .string("done"),
                                    "tracegate.case_id": .string("c-9")])
        #expect(span.kind == .llm && span.model == "m3" && span.decision?.verdict == "allow")
        #expect(trace.caseId == "c-9" && trace.termination == "done")
    }
}
