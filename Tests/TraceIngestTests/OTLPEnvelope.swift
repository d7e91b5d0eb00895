import TraceIngest
import TraceModel

/// Wraps a flat attribute map in a one-span OTLP/JSON document, as an exporter would write it.
enum OTLPEnvelope {
    static func document(attributes: [String: JSONValue], traceId: String = "0af7651916cd43dd8448eb211c80319c",
                         spanId: String = "b7ad6b7169203331", name: String = "chat gpt-4") -> String {
        let keyValues = attributes.keys.sorted().map { key in
            OTLPAnyValue.keyValue(key, attributes[key]!)
        }
        let span = JSONValue.object([
            "traceId": .string(traceId), "spanId": .string(spanId), "name": .string(name), "kind": .int(3),
            "startTimeUnixNano": .string("1760000000000000000"), "endTimeUnixNano": .string("1760000001500000000"),
            "attributes": .array(keyValues),
        ])
        return JSONValue.object(["resourceSpans": .array([.object(["scopeSpans": .array([.object(["spans": .array([span])])])])])])
            .canonicalText
    }
}
