import Foundation
import TraceIngest
import TraceModel

/// Holds received spans until their trace is complete, with a bound on how many it holds.
///
/// A trace is ready once its root span (no parent) has arrived and nothing more came for `settle`
/// seconds, or once nothing came for `idle` seconds (a trace whose root never arrives). A span
/// that arrives for a trace already handed out within `idle` seconds reopens it with every span it
/// had, so the trace is written again whole (writing a trace replaces it) instead of losing spans.
/// Later than that, the trace's spans are no longer held, and writing the late span alone would
/// replace the stored trace with a fragment: such spans are refused (counted, so the client is
/// told in `partial_success`), for up to `remember` trace ids.
public final class TraceAssembler: @unchecked Sendable {
    /// A trace of one run.
    public struct Key: Hashable, Sendable {
        /// The run.
        public var run: String
        /// The trace id.
        public var traceId: String

        /// Creates a key.
        public init(run: String, traceId: String) {
            self.run = run
            self.traceId = traceId
        }
    }

    private struct Held {
        var trace: RawTrace
        var lastSeen: Double
        var hasRoot: Bool
    }

    private let lock = NSLock()
    private var held: [Key: Held] = [:]
    private var order: [Key] = []
    private var handedOut: [Key: (trace: RawTrace, at: Double)] = [:]
    private var written: [Key: Double] = [:]
    /// How many written trace ids are remembered to refuse their late spans.
    public let remember: Int
    private var heldSpans = 0
    /// The most spans held at once; beyond it ``offer(_:now:)`` refuses (the server answers 503).
    public let capacity: Int
    /// Seconds of quiet after the root span before a trace is ready.
    public let settle: Double
    /// Seconds of quiet after which a trace without a root is ready anyway.
    public let idle: Double

    /// Creates an assembler.
    public init(capacity: Int, settle: Double, idle: Double, remember: Int = 200_000) {
        self.capacity = capacity
        self.remember = remember
        self.settle = settle
        self.idle = idle
    }

    /// Spans held now.
    public var spansHeld: Int { lock.withLock { heldSpans } }

    /// What became of a request's spans.
    public enum Offer: Equatable, Sendable {
        /// Taken, except `late` spans of traces written too long ago to reopen.
        case accepted(late: Int)
        /// Nothing taken: the spans would pass the capacity.
        case full
    }

    /// Takes the traces of one request, all or none (``Offer/full`` when they would pass the capacity).
    public func offer(_ runs: [(run: String, traces: [RawTrace])], now: Double) -> Offer {
        lock.withLock {
            let incoming = runs.reduce(0) { $0 + $1.traces.reduce(0) { $0 + $1.spans.count } }
            guard heldSpans + incoming <= capacity || heldSpans == 0 else { return .full }
            var late = 0
            for (run, traces) in runs {
                for trace in traces {
                    let key = Key(run: run, traceId: trace.traceId)
                    if held[key] == nil {
                        if let earlier = handedOut.removeValue(forKey: key), now - earlier.at < idle {
                            held[key] = Held(trace: earlier.trace, lastSeen: now, hasRoot: earlier.trace.spans.contains(where: Self.isRoot))
                            heldSpans += earlier.trace.spans.count
                        } else if written[key] != nil {
                            late += trace.spans.count
                            continue
                        } else {
                            held[key] = Held(trace: RawTrace(traceId: trace.traceId, spans: [], format: trace.format), lastSeen: now, hasRoot: false)
                        }
                        order.append(key)
                    }
                    held[key]!.trace.spans += trace.spans
                    held[key]!.trace.dialects.formUnion(trace.dialects)
                    held[key]!.lastSeen = now
                    if trace.spans.contains(where: Self.isRoot) { held[key]!.hasRoot = true }
                    heldSpans += trace.spans.count
                }
            }
            return .accepted(late: late)
        }
    }

    /// The traces ready at `now` (all of them when `everything`), in arrival order, no longer held.
    public func take(now: Double, everything: Bool = false) -> [(key: Key, trace: RawTrace)] {
        lock.withLock {
            var ready: [(Key, RawTrace)] = []
            var keep: [Key] = []
            for key in order {
                guard let entry = held[key] else { continue }
                let quiet = now - entry.lastSeen
                if everything || (entry.hasRoot && quiet >= settle) || quiet >= idle {
                    ready.append((key, entry.trace))
                    held.removeValue(forKey: key)
                    heldSpans -= entry.trace.spans.count
                    handedOut[key] = (entry.trace, now)
                    written[key] = now
                } else {
                    keep.append(key)
                }
            }
            order = keep
            handedOut = handedOut.filter { now - $0.value.at < idle }
            if written.count > remember {
                // Forget the oldest ids first.
                let keep = written.sorted { $0.value > $1.value }.prefix(remember / 2)
                written = Dictionary(uniqueKeysWithValues: keep.map { ($0.key, $0.value) })
            }
            return ready
        }
    }

    /// Takes back traces handed out whose writing failed: they are held again, ready at the next
    /// ``take(now:everything:)``, and count against the capacity, so a store that cannot be written
    /// turns into 503 answers instead of lost spans.
    public func restore(_ traces: [(key: Key, trace: RawTrace)], now: Double) {
        lock.withLock {
            for (key, trace) in traces {
                handedOut.removeValue(forKey: key)
                written.removeValue(forKey: key)
                if var existing = held[key] {
                    // Reopened meanwhile (by a late span, with these spans already): add only what it lacks.
                    let have = Set(existing.trace.spans.map(\.spanId))
                    let missing = trace.spans.filter { !have.contains($0.spanId) }
                    existing.trace.spans = missing + existing.trace.spans
                    existing.trace.dialects.formUnion(trace.dialects)
                    held[key] = existing
                    heldSpans += missing.count
                    continue
                } else {
                    held[key] = Held(trace: trace, lastSeen: now - idle, hasRoot: trace.spans.contains(where: Self.isRoot))
                    order.append(key)
                }
                heldSpans += trace.spans.count
            }
        }
    }

    private static func isRoot(_ span: Span) -> Bool { span.parentSpanId == nil }
}
