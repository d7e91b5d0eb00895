import Foundation
import SwiftProtobuf
import TraceJSON
import TraceModel

/// OTLP protobuf read into the OTLP/JSON shape the OTLP reader reads, so a span means the same
/// whether it arrived as JSON or as protobuf: ids as lowercase hex, 64-bit integers as decimal
/// strings, enums as integers, bytes as base64 (the OTLP/JSON encoding rules).
package enum OTLPProtobuf {
    /// One `ExportTraceServiceRequest` (or `TracesData`: the same fields) from its bytes.
    package static func request(_ bytes: some Collection<UInt8>) throws -> OTLPProtoExportTraceServiceRequest {
        var options = BinaryDecodingOptions()
        options.messageDepthLimit = 128
        return try OTLPProtoExportTraceServiceRequest(serializedBytes: Array(bytes), options: options)
    }

    /// The request as an OTLP/JSON document.
    package static func json(_ request: OTLPProtoExportTraceServiceRequest) -> JSONValue {
        .object(["resourceSpans": .array(request.resourceSpans.map(resourceSpans))])
    }

    private static func resourceSpans(_ value: OTLPProtoResourceSpans) -> JSONValue {
        var object: [String: JSONValue] = [
            "scopeSpans": .array(value.scopeSpans.map { scope in
                .object(["scope": .object(["name": .string(scope.scope.name), "version": .string(scope.scope.version)]),
                         "spans": .array(scope.spans.map(span))])
            }),
        ]
        if value.hasResource { object["resource"] = .object(["attributes": attributes(value.resource.attributes)]) }
        return .object(object)
    }

    private static func span(_ span: OTLPProtoSpan) -> JSONValue {
        var object: [String: JSONValue] = [
            "traceId": .string(hex(span.traceID)), "spanId": .string(hex(span.spanID)),
            "parentSpanId": .string(hex(span.parentSpanID)), "name": .string(span.name), "kind": .int(Int64(span.kind.rawValue)),
            "startTimeUnixNano": .string(String(span.startTimeUnixNano)), "endTimeUnixNano": .string(String(span.endTimeUnixNano)),
            "attributes": attributes(span.attributes),
            "events": .array(span.events.map { event in
                .object(["name": .string(event.name), "timeUnixNano": .string(String(event.timeUnixNano)),
                         "attributes": attributes(event.attributes)])
            }),
        ]
        if span.hasStatus {
            object["status"] = .object(["code": .int(Int64(span.status.code.rawValue)), "message": .string(span.status.message)])
        }
        return .object(object)
    }

    private static func attributes(_ list: [OTLPProtoKeyValue]) -> JSONValue {
        .array(list.map { .object(["key": .string($0.key), "value": anyValue($0.value)]) })
    }

    private static func anyValue(_ value: OTLPProtoAnyValue) -> JSONValue {
        switch value.value {
        case .stringValue(let text): return .object(["stringValue": .string(text)])
        case .boolValue(let flag): return .object(["boolValue": .bool(flag)])
        case .intValue(let number): return .object(["intValue": .string(String(number))])
        case .doubleValue(let number): return .object(["doubleValue": number.isFinite ? .double(number) : .string(String(number))])
        case .arrayValue(let array): return .object(["arrayValue": .object(["values": .array(array.values.map(anyValue))])])
        case .kvlistValue(let list): return .object(["kvlistValue": .object(["values": attributes(list.values)])])
        case .bytesValue(let bytes): return .object(["bytesValue": .string(bytes.base64EncodedString())])
        case nil: return .object([:])
        }
    }

    /// Bytes as lowercase hex (`traceId`, `spanId`); empty for none.
    static func hex(_ bytes: Data) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count * 2)
        for byte in bytes {
            out.append(digits[Int(byte >> 4)])
            out.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: out, as: UTF8.self)
    }
}
