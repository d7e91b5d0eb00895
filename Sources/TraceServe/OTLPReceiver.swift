import Foundation
import TraceIngest
import TraceJSON
import TraceModel

/// Turns one OTLP/HTTP export request into raw traces per run, as the OTLP/HTTP specification
/// says a receiver answers: unsupported media types and encodings are refused, a body that does
/// not decode is a bad request, and spans that cannot be read are rejected one by one (counted in
/// `partial_success`) while the rest are accepted. Pure: bytes in, a verdict out.
public struct OTLPReceiver: Sendable {
    /// The body kinds OTLP/HTTP defines.
    public enum Encoding: Sendable, Equatable {
        case protobuf
        case json
    }

    /// What the request amounts to.
    public enum Verdict: Sendable {
        /// Accepted: the traces of each run, the spans rejected and why (the first reason).
        case accepted(runs: [(run: String, traces: [RawTrace])], spans: Int, rejected: Int, message: String?)
        /// 400: the body cannot be read at all.
        case badRequest(String)
        /// 413: the body (inflated) is larger than the limit.
        case tooLarge(String)
        /// 415: a content type or encoding OTLP/HTTP does not define.
        case unsupported(String)
    }

    /// The run when neither the request nor the resource names one.
    public let defaultRun: String
    /// The largest body accepted, inflated, in bytes.
    public let maxBodyBytes: Int

    /// Creates a receiver.
    public init(defaultRun: String, maxBodyBytes: Int) {
        self.defaultRun = defaultRun
        self.maxBodyBytes = maxBodyBytes
    }

    /// The encoding a `Content-Type` names, or nil when OTLP/HTTP does not define it.
    public static func encoding(contentType: String?) -> Encoding? {
        let type = (contentType ?? "").split(separator: ";").first.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        switch type {
        case "application/x-protobuf", "application/protobuf": return .protobuf
        case "application/json": return .json
        default: return nil
        }
    }

    /// Reads one request. `runHeader` is `x-tracegate-run`; a resource's `tracegate.run` attribute wins over both.
    public func receive(_ body: [UInt8], contentType: String?, contentEncoding: String?, runHeader: String?) -> Verdict {
        guard let encoding = Self.encoding(contentType: contentType) else {
            return .unsupported("unsupported Content-Type '\(contentType ?? "")'; send application/x-protobuf or application/json")
        }
        if let runHeader, let problem = RunSummary.problem(name: runHeader) { return .badRequest("x-tracegate-run \(problem)") }
        let bytes: [UInt8]
        switch (contentEncoding ?? "identity").lowercased() {
        case "identity", "":
            bytes = body
        case "gzip":
            do {
                bytes = try Inflate.gzip(body, limit: maxBodyBytes)
            } catch .tooLarge(_, _, let size, _, _, _) {
                return .tooLarge("the body inflates to more than \(maxBodyBytes) bytes (\(size) read); raise --max-request-mb")
            } catch {
                return .badRequest("the gzip body cannot be inflated: \(error)")
            }
        default:
            return .unsupported("unsupported Content-Encoding '\(contentEncoding ?? "")'; send gzip or none")
        }
        let resources: [JSONValue]
        do {
            resources = try Self.resourceSpans(bytes, encoding)
        } catch {
            // The parser's hint names an ingest flag that serve does not have.
            let reason = "\(error)".replacingOccurrences(of: " (raise it with --max-depth)", with: "")
            return .badRequest("the body is not an OTLP ExportTraceServiceRequest (\(encoding == .protobuf ? "protobuf" : "JSON")): \(reason)")
        }
        var byRun: [String: [RawTrace]] = [:]
        var order: [String] = []
        var spans = 0
        var rejected = 0
        var message: String?
        for resource in resources {
            let run = Self.runAttribute(resource) ?? runHeader ?? defaultRun
            if let problem = RunSummary.problem(name: run) { return .badRequest("tracegate.run \(problem)") }
            let (traces, count, failed, reason) = Self.read(resource)
            spans += count
            rejected += failed
            message = message ?? reason
            if byRun[run] == nil { order.append(run) }
            byRun[run, default: []] += traces
        }
        return .accepted(runs: order.map { ($0, byRun[$0]!) }, spans: spans, rejected: rejected,
                         message: message.map { "\(rejected) span(s) rejected; the first: \($0)" })
    }

    /// The `resourceSpans` entries of the body, each as OTLP/JSON.
    static func resourceSpans(_ bytes: [UInt8], _ encoding: Encoding) throws -> [JSONValue] {
        switch encoding {
        case .protobuf:
            let request = try OTLPProtobuf.request(bytes)
            return OTLPProtobuf.json(request)["resourceSpans"]?.arrayValue ?? []
        case .json:
            guard !bytes.isEmpty else { return [] }
            let root = try JSONDocumentParser().parse(bytes)
            guard let value = root.value, let object = value.objectValue else { throw ReceiveError("the body is not a JSON object") }
            guard let list = (object["resourceSpans"] ?? object["resource_spans"])?.arrayValue else {
                throw ReceiveError("it has no 'resourceSpans' array")
            }
            return list
        }
    }

    /// The traces of one `resourceSpans` entry; spans that cannot be read are left out and counted.
    static func read(_ resource: JSONValue) -> (traces: [RawTrace], spans: Int, rejected: Int, reason: String?) {
        let reader = OTLPReader()
        let document = JSONValue.object(["resourceSpans": .array([resource])])
        let total = spanCount(resource)
        if let traces = try? reader.read([SourceDocument(root: JSONView(document), line: 0)], file: "request") {
            return (traces, total, 0, nil)
        }
        // Some span is bad: read the spans one by one, keeping the good ones.
        var merged: [String: RawTrace] = [:]
        var order: [String] = []
        var rejected = 0
        var reason: String?
        for single in singleSpanDocuments(resource) {
            do {
                for trace in try reader.read([SourceDocument(root: JSONView(single), line: 0)], file: "request") {
                    if merged[trace.traceId] == nil { order.append(trace.traceId); merged[trace.traceId] = trace } else {
                        merged[trace.traceId]!.spans += trace.spans
                        merged[trace.traceId]!.dialects.formUnion(trace.dialects)
                    }
                }
            } catch {
                rejected += 1
                reason = reason ?? error.description
            }
        }
        return (order.map { merged[$0]! }, total, rejected, reason)
    }

    private static func scopes(_ resource: JSONValue) -> [JSONValue] {
        (resource["scopeSpans"] ?? resource["scope_spans"])?.arrayValue ?? []
    }

    private static func spanCount(_ resource: JSONValue) -> Int {
        scopes(resource).reduce(0) { $0 + ($1["spans"]?.arrayValue?.count ?? 0) }
    }

    /// One document per span of `resource`, each with the resource and the span's scope.
    private static func singleSpanDocuments(_ resource: JSONValue) -> [JSONValue] {
        var documents: [JSONValue] = []
        for scope in scopes(resource) {
            for span in scope["spans"]?.arrayValue ?? [] {
                var oneScope = scope.objectValue ?? [:]
                oneScope["spans"] = .array([span])
                var oneResource = resource.objectValue ?? [:]
                oneResource.removeValue(forKey: "scope_spans")
                oneResource["scopeSpans"] = .array([.object(oneScope)])
                documents.append(.object(["resourceSpans": .array([.object(oneResource)])]))
            }
        }
        return documents
    }

    /// The resource's `tracegate.run` attribute, if it has a non-empty string one.
    static func runAttribute(_ resource: JSONValue) -> String? {
        for attribute in resource["resource"]?["attributes"]?.arrayValue ?? [] where attribute["key"]?.stringValue == "tracegate.run" {
            if let run = attribute["value"]?["stringValue"]?.stringValue ?? attribute["value"]?["string_value"]?.stringValue, !run.isEmpty {
                return run
            }
        }
        return nil
    }

}

/// A request body that is not what it should be.
struct ReceiveError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
