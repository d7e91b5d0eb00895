import Foundation
import TraceModel

/// Reads a ``TraceStream`` on a thread of its own, at most `depth` batches ahead of the caller, so
/// reading, parsing, mapping and normalizing the next chunk (on every core) overlaps with what the
/// caller does with this one (writing it to SQLite). Batches come out in the stream's order; an
/// error comes out after the batches read before it. Memory stays bounded: the thread waits while
/// `depth` batches are unread.
public final class TracePrefetcher {
    private let state: PrefetchState

    /// Starts reading `stream` on a new thread.
    public init(_ stream: consuming TraceStream, depth: Int = 1) {
        state = PrefetchState(stream, depth: max(depth, 1))
        let state = state
        let thread = Thread { state.produce() }
        thread.stackSize = 8 << 20  // as much as the main thread: the strict parser's recursion is bounded by the nesting limit
        thread.start()
    }

    /// Stops the reading thread if the caller gave up part way.
    deinit { state.stop() }

    /// The next batch of traces, or nil once the file is read.
    public func next() throws(IngestError) -> [Trace]? {
        try state.take()
    }

    /// Bytes of the file read so far, for progress.
    public var bytesRead: Int { state.bytesRead }

    /// The stream's counts: complete once ``next()`` has returned nil.
    public var report: FileReport { state.report }
}
