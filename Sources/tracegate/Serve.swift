import ArgumentParser
import Dispatch
import Foundation
import TraceModel
import TraceServe

extension TraceGateCommand {
    /// `tracegate serve`: receives traces over OTLP/HTTP and writes them into the store.
    struct Serve: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Receive traces over OTLP/HTTP (protobuf or JSON) and store them as they complete.",
            discussion: """
                Point an OpenTelemetry exporter at it (OTEL_EXPORTER_OTLP_ENDPOINT=http://127.0.0.1:4318): \
                POST /v1/traces takes application/x-protobuf and application/json bodies, gzip or not. \
                A trace is written once its root span has arrived and nothing more came for \
                --settle-seconds, or after --idle-seconds of quiet without a root; spans of one trace \
                may come in any number of requests. The run is --run, or the request header \
                x-tracegate-run, or the resource attribute tracegate.run (which wins).

                Answers follow the OTLP/HTTP specification: 200 with partial_success counting \
                spans that could not be read, 400 for a body that does not decode, 413 above \
                --max-request-mb, 415 for other content types, 503 with Retry-After while \
                --max-pending-spans are waiting. GET /healthz answers 200. SIGTERM or Ctrl-C \
                stops taking requests and writes everything acknowledged before exiting. \
                It listens on loopback unless --host says otherwise; it has no authentication.

                Example:
                  tracegate serve --run nightly --db runs.sqlite
                """
        )

        @Option(help: "The address to listen on.") var host = "127.0.0.1"
        @Option(help: "The port to listen on (0 picks a free one).") var port = 4318
        @Option(name: .customLong("run"), help: ArgumentHelp("The run a request goes into when it names none.", valueName: "name"))
        var runName = "live"
        @Option(name: .customLong("max-request-mb"), help: "The largest request body, inflated, in MiB.") var maxRequestMb = 16
        @Option(help: "The most spans held waiting for their trace to complete; beyond it requests get 503.") var maxPendingSpans = 1_000_000
        @Option(help: "Seconds of quiet after a trace's root span before the trace is written.") var settleSeconds = 1.0
        @Option(help: "Seconds of quiet after which a trace whose root never came is written anyway.") var idleSeconds = 30.0
        @OptionGroup var database: DatabaseOptions

        func validate() throws {
            guard (0...65_535).contains(port) else { throw ValidationError("--port must be between 0 and 65535") }
            guard (1...1_024).contains(maxRequestMb) else { throw ValidationError("--max-request-mb must be between 1 and 1024") }
            guard maxPendingSpans > 0 else { throw ValidationError("--max-pending-spans must be positive") }
            guard settleSeconds >= 0, idleSeconds > 0, settleSeconds.isFinite, idleSeconds.isFinite else {
                throw ValidationError("--settle-seconds must be 0 or more and --idle-seconds more than 0")
            }
            if let problem = RunSummary.problem(name: runName) { throw ValidationError("--run \(problem)") }
        }

        func run() throws {
            let options = OTLPServer.Options(host: host, port: port, run: runName, maxBodyBytes: maxRequestMb << 20,
                                             maxPendingSpans: maxPendingSpans, settle: settleSeconds, idle: idleSeconds)
            let store = try database.open()
            let server = OTLPServer(options: options, store: store, logger: Console.logger)
            let host = host
            let database = store.location
            let outcome = Outcome()
            let done = DispatchSemaphore(value: 0)
            Task {
                do {
                    try await server.run { port in
                        Console.logger.info("listening on http://\(host):\(port)/v1/traces, writing into \(database)")
                    }
                } catch {
                    outcome.set(error)
                }
                done.signal()
            }
            done.wait()
            if let error = outcome.error {
                if "\(error)".contains("Address already in use") {
                    throw ValidationErrorWithExit("port \(port) on \(host) is in use by another program (another tracegate serve or a Collector?); choose one with --port")
                }
                throw ValidationErrorWithExit("the server stopped: \(error)")
            }
        }
    }
}

/// The error a server task ended with, read once it is done.
private final class Outcome: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: Error?
    var error: Error? { lock.withLock { stored } }
    func set(_ error: Error) { lock.withLock { stored = error } }
}
