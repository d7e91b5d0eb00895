import Foundation
import HTTPTypes
import Hummingbird
import Logging
import NIOCore
import SwiftProtobuf
import TraceIngest
import TraceStore

/// `tracegate serve`: an OTLP/HTTP receiver (Hummingbird 2 on SwiftNIO).
///
/// `POST /v1/traces` takes `application/x-protobuf` or `application/json` bodies, gzip or not, and
/// answers as the OTLP/HTTP specification says: 200 with an `ExportTraceServiceResponse` (its
/// `partial_success` counting rejected spans), 400 for a body that does not decode, 413 above the
/// size limit, 415 for another content type or encoding, 503 with `Retry-After` while the held
/// spans are at capacity. `GET /healthz` answers 200. SIGTERM and SIGINT drain: the server stops
/// taking requests, and everything it acknowledged is written before ``run()`` returns.
public struct OTLPServer: Sendable {
    /// What the server needs.
    public struct Options: Sendable {
        /// Where to listen (loopback by default).
        public var host: String
        /// The port (4318, OTLP/HTTP's, by default; 0 picks a free one).
        public var port: Int
        /// The run of a request that names none.
        public var run: String
        /// The largest request body, inflated.
        public var maxBodyBytes: Int
        /// The most spans held waiting for their trace to complete.
        public var maxPendingSpans: Int
        /// Seconds of quiet after a trace's root span before it is written.
        public var settle: Double
        /// Seconds of quiet after which a trace without a root is written anyway.
        public var idle: Double

        /// Creates options.
        public init(host: String = "127.0.0.1", port: Int = 4318, run: String, maxBodyBytes: Int = 16 << 20,
                    maxPendingSpans: Int = 1_000_000, settle: Double = 1, idle: Double = 30) {
            self.host = host
            self.port = port
            self.run = run
            self.maxBodyBytes = maxBodyBytes
            self.maxPendingSpans = maxPendingSpans
            self.settle = settle
            self.idle = idle
        }
    }

    private let options: Options
    private let store: TraceStore
    private let logger: Logger

    /// A server writing into `store`.
    public init(options: Options, store: TraceStore, logger: Logger) {
        self.options = options
        self.store = store
        self.logger = logger
    }

    /// Serves until SIGTERM or SIGINT, then writes what it holds. `ready` is called with the bound
    /// port once the server listens.
    public func run(ready: @escaping @Sendable (Int) -> Void = { _ in }) async throws {
        let assembler = TraceAssembler(capacity: options.maxPendingSpans, settle: options.settle, idle: options.idle)
        let writer = StoreWriter(store: store, assembler: assembler, logger: logger)
        writer.start()
        let receiver = OTLPReceiver(defaultRun: options.run, maxBodyBytes: options.maxBodyBytes)
        let router = Router()
        let logger = logger
        let maxBody = options.maxBodyBytes
        router.get("/healthz") { _, _ in Response(status: .ok, body: .init(byteBuffer: ByteBuffer(string: "ok\n"))) }
        router.post("/v1/traces") { request, _ -> Response in
            var request = request
            let body: ByteBuffer
            do {
                body = try await request.collectBody(upTo: maxBody)
            } catch {
                return Self.plain(.contentTooLarge, "the body is larger than \(maxBody) bytes; raise --max-request-mb")
            }
            let verdict = receiver.receive(Array(buffer: body), contentType: request.headers[.contentType],
                                           contentEncoding: request.headers[.contentEncoding],
                                           runHeader: request.headers[HTTPField.Name("x-tracegate-run")!])
            let protobuf = OTLPReceiver.encoding(contentType: request.headers[.contentType]) == .protobuf
            switch verdict {
            case .accepted(let runs, let spans, let rejected, let message):
                guard case .accepted(let late) = assembler.offer(runs, now: StoreWriter.now()) else {
                    var headers = HTTPFields()
                    headers[.retryAfter] = "1"
                    logger.warning("busy: \(assembler.spansHeld) spans held; answered 503")
                    return Response(status: .serviceUnavailable, headers: headers,
                                    body: .init(byteBuffer: ByteBuffer(string: "too many spans waiting to be written; retry later\n")))
                }
                let refused = rejected + late
                let reason = message ?? (late > 0 ? "\(late) span(s) came after their trace was written and can no longer join it" : nil)
                if refused > 0 { logger.warning("\(refused) of \(spans) span(s) rejected: \(reason ?? "")") }
                return try Self.exportResponse(rejected: refused, message: reason, protobuf: protobuf)
            case .badRequest(let message):
                logger.warning("400: \(message)")
                return try Self.status(.badRequest, code: 3, message: message, protobuf: protobuf)
            case .tooLarge(let message):
                return try Self.status(.contentTooLarge, code: 8, message: message, protobuf: protobuf)
            case .unsupported(let message):
                return Self.plain(.unsupportedMediaType, message)
            }
        }
        let app = Application(router: router, configuration: .init(address: .hostname(options.host, port: options.port), serverName: "tracegate"),
                              onServerRunning: { channel in ready(channel.localAddress?.port ?? 0) }, logger: logger)
        defer { writer.stop() }
        try await app.runService()
        logger.info("stopping: writing what is held")
    }

    /// 200 with an `ExportTraceServiceResponse`, in the request's encoding.
    static func exportResponse(rejected: Int, message: String?, protobuf: Bool) throws -> Response {
        var response = OTLPProtoExportTraceServiceResponse()
        if rejected > 0 {
            response.partialSuccess.rejectedSpans = Int64(rejected)
            response.partialSuccess.errorMessage = message ?? ""
        }
        if protobuf { return try encoded(.ok, response.serializedBytes()) }
        var json: [String: Any] = [:]
        if rejected > 0 { json["partialSuccess"] = ["rejectedSpans": String(rejected), "errorMessage": message ?? ""] }
        return Self.json(.ok, json)
    }

    /// An error as a `google.rpc.Status` (code and message), in the request's encoding.
    static func status(_ status: HTTPResponse.Status, code: Int32, message: String, protobuf: Bool) throws -> Response {
        if protobuf {
            var rpc = OTLPProtoRpcStatus()
            rpc.code = code
            rpc.message = message
            return try encoded(status, rpc.serializedBytes())
        }
        return json(status, ["code": Int(code), "message": message])
    }

    private static func encoded(_ status: HTTPResponse.Status, _ bytes: [UInt8]) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = "application/x-protobuf"
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: bytes)))
    }

    private static func json(_ status: HTTPResponse.Status, _ object: [String: Any]) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = "application/json"
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])) ?? Data("{}".utf8)
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }

    private static func plain(_ status: HTTPResponse.Status, _ message: String) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = "text/plain; charset=utf-8"
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(string: message + "\n")))
    }
}
