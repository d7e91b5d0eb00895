import Foundation
import Logging
import TraceIngest
import TraceModel
import TraceStore

/// Writes ready traces into the store on a thread of its own, through the path files take:
/// normalized, then one transaction per run and round. ``stop()`` writes everything still held
/// before it returns, so what the server acknowledged is in the store when it exits.
public final class StoreWriter: @unchecked Sendable {
    private let store: TraceStore
    private let assembler: TraceAssembler
    private let logger: Logger
    private let interval: Double
    private let normalizer = Normalizer()
    private let wake = DispatchSemaphore(value: 0)
    private let done = DispatchSemaphore(value: 0)
    private let lock = NSLock()
    private var stopping = false
    /// Traces and spans written so far.
    public private(set) var written = (traces: 0, spans: 0)

    /// A writer that looks for ready traces every `interval` seconds.
    public init(store: TraceStore, assembler: TraceAssembler, logger: Logger, interval: Double = 0.2) {
        self.store = store
        self.assembler = assembler
        self.logger = logger
        self.interval = interval
    }

    /// Starts the writing thread.
    public func start() {
        let thread = Thread { [self] in
            while !lock.withLock({ stopping }) {
                _ = wake.wait(timeout: .now() + interval)
                write(assembler.take(now: Self.now()))
            }
            write(assembler.take(now: Self.now(), everything: true))
            done.signal()
        }
        thread.start()
    }

    /// Writes everything held, then stops the thread; returns once it is all in the store.
    public func stop() {
        lock.withLock { stopping = true }
        wake.signal()
        done.wait()
    }

    /// Seconds on a monotonic clock.
    public static func now() -> Double { Double(DispatchTime.now().uptimeNanoseconds) / 1e9 }

    private func write(_ ready: [(key: TraceAssembler.Key, trace: RawTrace)]) {
        guard !ready.isEmpty else { return }
        var byRun: [String: [Trace]] = [:]
        var order: [String] = []
        for (key, raw) in ready {
            if byRun[key.run] == nil { order.append(key.run) }
            byRun[key.run, default: []].append(normalizer.normalize(raw).trace)
        }
        for run in order {
            let traces = byRun[run]!
            var pending: [[Trace]] = [traces]
            do {
                let summary = try store.insert(file: "otlp/http", run: run, at: Self.timestamp(), batches: { pending.popLast() },
                                               described: { ("otlp", 0) })
                lock.withLock { written = (written.traces + traces.count, written.spans + summary.spans) }
                logger.info("wrote \(traces.count) trace(s), \(summary.spans) span(s) into run '\(run)'")
            } catch {
                logger.error("could not write \(traces.count) trace(s) into run '\(run)': \(error)")
            }
        }
    }

    private static func timestamp() -> String {
        ISO8601DateFormatter().string(from: Date())
    }
}
