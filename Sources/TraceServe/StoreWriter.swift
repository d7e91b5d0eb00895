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
            // Drain: retry a failing store a few times before giving up on what is left.
            for attempt in 1...5 {
                guard write(assembler.take(now: Self.now(), everything: true)) > 0 else { break }
                if attempt == 5 {
                    logger.critical("\(assembler.spansHeld) acknowledged span(s) could not be written before exit")
                } else {
                    Thread.sleep(forTimeInterval: 0.5 * Double(attempt))
                }
            }
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

    /// Writes `ready`, one transaction per run; the traces of a run whose write fails are given
    /// back to the assembler (and counted as still held), to be tried again. Returns how many failed.
    @discardableResult
    private func write(_ ready: [(key: TraceAssembler.Key, trace: RawTrace)]) -> Int {
        guard !ready.isEmpty else { return 0 }
        var byRun: [String: [(key: TraceAssembler.Key, trace: RawTrace)]] = [:]
        var order: [String] = []
        for entry in ready {
            if byRun[entry.key.run] == nil { order.append(entry.key.run) }
            byRun[entry.key.run, default: []].append(entry)
        }
        var failed = 0
        for run in order {
            let entries = byRun[run]!
            var pending: [[Trace]] = [entries.map { normalizer.normalize($0.trace).trace }]
            do {
                let summary = try store.insert(file: "otlp/http", run: run, at: Self.timestamp(), batches: { pending.popLast() },
                                               described: { ("otlp", 0) })
                logger.info("wrote \(entries.count) trace(s), \(summary.spans) span(s) into run '\(run)'")
            } catch {
                failed += entries.count
                assembler.restore(entries, now: Self.now())
                logger.error("could not write \(entries.count) trace(s) into run '\(run)' (kept, will retry): \(error)")
            }
        }
        return failed
    }

    private static func timestamp() -> String {
        ISO8601DateFormatter().string(from: Date())
    }
}
