import TraceModel

/// Trace files read straight into memory for scoring without a store (`score --traces`,
/// `gate --traces`). Each trace is kept as its evaluation digest, the compact value a store keeps
/// for scoring, so holding a candidate of 10,000 traces costs their digests (a kilobyte or two
/// each) instead of their spans, and scoring decodes them a batch at a time, as it reads a stored
/// run. A trace id read again replaces the earlier trace in its place, as re-ingesting does;
/// otherwise traces keep the order in which they were first read.
public struct DigestedTraces: Sendable {
    private var digests: [[UInt8]] = []
    private var position: [String: Int] = [:]

    /// Nothing read yet.
    public init() {}

    /// Reads `files` in order with `ingestor`: each file is read, mapped and normalized on a thread
    /// of its own while this one makes the digests of the batch before (on every core).
    /// `finished` is given each file's report (counts, lines skipped, repairs made) as soon as the
    /// file is read, so its warnings come out before a later file's error.
    public static func read(_ files: [String], with ingestor: Ingestor, finished: (FileReport) -> Void = { _ in })
        throws -> DigestedTraces {
        var result = DigestedTraces()
        for file in files {
            let (report, _) = try ingestor.prefetch(file: file) { next, _ in
                while let batch = try next() {
                    let digests = ChunkedWork.each(batch, minimum: 64) { TraceDigest.encode($0) }
                    for (trace, digest) in zip(batch, digests) { result.keep(digest, of: trace.traceId) }
                }
            }
            finished(report)
        }
        return result
    }

    /// Keeps a trace's digest, in place of an earlier trace with its id.
    private mutating func keep(_ digest: [UInt8], of traceId: String) {
        if let index = position[traceId] {
            digests[index] = digest
        } else {
            position[traceId] = digests.count
            digests.append(digest)
        }
    }

    /// How many traces are kept.
    public var count: Int { digests.count }

    /// The traces as scoring sees them, `batchSize` at a time, in order.
    public func traces(batchSize: Int, _ body: ([Trace]) throws -> Void) rethrows {
        var start = 0
        while start < digests.count {
            let end = min(start + max(batchSize, 1), digests.count)
            // Decoding is pure, so a batch is decoded on every core (in order) while none is scoring.
            try body(ChunkedWork.each(digests[start..<end], minimum: 256) { Self.decode($0) })
            start = end
        }
    }

    /// Every trace as scoring sees it, in order.
    public func traces() -> [Trace] {
        digests.map(Self.decode)
    }

    /// A digest made by ``add(_:)``: decoding what was just encoded cannot fail.
    private static func decode(_ digest: [UInt8]) -> Trace {
        try! TraceDigest.decode(digest)
    }
}
