import Foundation
import Testing
@testable import TraceIngest
import TraceJSON

/// The first pass over an OTLP JSON Lines file finds trace ids by scanning bytes; it must never
/// find fewer than a parse does, or a trace would be handed on before its last line.
@Suite struct TraceIdScanTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func scan(_ line: String) -> [String]? {
        let bytes = Array(line.utf8)
        return bytes.withUnsafeBufferPointer { TraceIdScan.ids($0, 0..<bytes.count) }
    }

    static func parsed(_ line: String) throws -> [String] {
        OTLPReader().traceIds(in: try JSONDocumentParser().parse(Array(line.utf8)))
    }

    @Test("every line of every bundled OTLP JSON Lines file scans to exactly the ids a parse finds")
    func bundledFiles() throws {
        let files = ["datasets/ops-llm-led/traces.otlp.jsonl", "datasets/vendor-llm-led/traces.otlp.jsonl",
                     "datasets/bulk-with-approval/traces.otlp.jsonl", "datasets/sales-orchestrator/traces.otlp.jsonl"]
        var lines = 0
        for file in files {
            for line in try String(contentsOf: Self.root.appendingPathComponent(file), encoding: .utf8).split(separator: "\n") {
                #expect(Self.scan(String(line)) == (try Self.parsed(String(line))), "\(file)")
                lines += 1
            }
        }
        #expect(lines > 50)
    }

    @Test("keys inside string values, escapes, blanks, snake case, upper case and links", arguments: [
        // A span's id, lowercased; the same text escaped inside an attribute is not a key.
        (#"{"resourceSpans":[{"scopeSpans":[{"spans":[{"traceId":"AB12","spanId":"1","attributes":[{"key":"x","value":{"stringValue":"{\"traceId\":\"ff\"}"}}]}]}]}]}"#,
         ["ab12"] as [String]?),
        (#"{"resource_spans":[{"scope_spans":[{"spans":[{"trace_id" : "cd","span_id":"1"}]}]}]}"#, ["cd"]),
        // A backslash run before a quote: an even run closes the string, so the key after it counts.
        (#"{"resourceSpans":[{"scopeSpans":[{"spans":[{"name":"a\\","traceId":"ee","spanId":"1"}]}]}]}"#, ["ee"]),
        // An escape inside the id: the parser decides.
        (#"{"resourceSpans":[{"scopeSpans":[{"spans":[{"traceId":"a\u0062","spanId":"1"}]}]}]}"#, nil),
        // A link's trace id is found too (a superset, never fewer).
        (#"{"resourceSpans":[{"scopeSpans":[{"spans":[{"traceId":"aa","spanId":"1","links":[{"traceId":"bb","spanId":"2"}]}]}]}]}"#,
         ["aa", "bb"]),
        // Keys and values that begin like the key but are not it ("traceState", "trace", "traceIdx").
        (#"{"resourceSpans":[{"scopeSpans":[{"spans":[{"traceState":"k=v","name":"trace","traceIdx":"zz","traceId":"Aa","spanId":"1"}]}]}]}"#,
         ["aa"]),
        // "traceId" as a value, not a key; an empty id is no id.
        (#"{"resourceSpans":[{"scopeSpans":[{"spans":[{"name":"traceId","traceId":"","spanId":"1"}]}]}]}"#, []),
    ] as [(String, [String]?)])
    func tricky(_ line: String, _ expected: [String]?) throws {
        #expect(Self.scan(line) == expected)
        if let found = Self.scan(line) { #expect(Set(try Self.parsed(line)).isSubset(of: Set(found))) }
    }
}
