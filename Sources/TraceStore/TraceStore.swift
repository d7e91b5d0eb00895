import TraceModel

/// Where runs, traces, spans and scores are kept: one interface, two backends (``SQLiteStore``, a
/// file, and the PostgreSQL store of the `TracePostgres` module, a team's shared database).
///
/// Both behave alike: a file's traces land in one transaction or not at all, a trace written
/// again into its run replaces the old one, several processes may write at once, and a store
/// opened read-only never blocks a writer.
public protocol TraceStore: AnyObject, Sendable {
    /// Where the store is, for messages: a file path, or a database URL without its password.
    var location: String { get }
    /// Whether it was opened read-only.
    var isReadOnly: Bool { get }

    /// Writes a batch of traces into `run` (created if new) in one transaction; a trace already in
    /// the run is replaced, spans and scores included.
    @discardableResult
    func insert(_ batch: IngestBatch, run: String, at timestamp: String) throws(StoreError) -> InsertSummary

    /// Writes the traces of the file at `path` into `run` (created if new) in one transaction,
    /// batch by batch as `next` hands them out (nil at the end), so a file of any size lands whole
    /// or not at all without being held in memory. `described` gives the file's format and size
    /// once every batch is read. An error `next` throws passes through as it is; either way nothing
    /// of the file is written. With `replacingRun`, the run's old contents go in the same
    /// transaction. `meta` is recorded with the run in the same transaction (a key given again
    /// takes the new value).
    func insert(file path: String, run: String, at timestamp: String, replacingRun: Bool, meta: [String: String],
                batches next: () throws -> [Trace]?, described: () -> (format: String, bytes: Int)) throws -> InsertSummary

    /// Every run, oldest first.
    func runs() throws(StoreError) -> [RunSummary]

    /// The newest run whose metadata has every pair of `filter`, other than `excluding`; an error
    /// naming the filter when there is none.
    func latestRun(matching filter: [String: String], excluding: String?) throws(StoreError) -> String

    /// The traces of `run`, in start order.
    func traceSummaries(run: String) throws(StoreError) -> [TraceSummary]

    /// One trace with its spans. With no run named, the trace id must be in exactly one run.
    func trace(id traceId: String, run: String?) throws(StoreError) -> (run: String, trace: Trace)

    /// Every trace of `run` with its spans, in start order.
    func traces(run: String) throws(StoreError) -> [Trace]

    /// The traces of `run` as scoring sees them, in start order, read from their evaluation digests
    /// and handed to `body` in batches of at most `batchSize`, so that a caller keeping only what
    /// it makes of them (scores) never holds the whole run.
    func evaluationTraces(run: String, batchSize: Int, _ body: ([Trace]) -> Void) throws(StoreError)

    /// Replaces the scores of `run` against the golden dataset `golden` with `rows`, in one transaction.
    func saveScores(_ rows: [ScoreRow], run: String, golden: String) throws(StoreError)

    /// The stored scores of `run` against `golden`, by trace and metric.
    func scores(run: String, golden: String) throws(StoreError) -> [ScoreRow]

    /// Deletes `run` and everything in it in one transaction; the number of traces it had.
    @discardableResult
    func deleteRun(_ run: String) throws(StoreError) -> Int
}

extension TraceStore {
    /// The traces of `run` as scoring sees them, in start order, read from their evaluation digests
    /// in one batch.
    public func evaluationTraces(run: String) throws(StoreError) -> [Trace] {
        var traces: [Trace] = []
        try evaluationTraces(run: run, batchSize: .max) { traces += $0 }
        return traces
    }

    /// ``insert(file:run:at:replacingRun:meta:batches:described:)`` adding to the run, with no metadata.
    public func insert(file path: String, run: String, at timestamp: String,
                       batches next: () throws -> [Trace]?, described: () -> (format: String, bytes: Int)) throws -> InsertSummary {
        try insert(file: path, run: run, at: timestamp, replacingRun: false, meta: [:], batches: next, described: described)
    }

    /// The runs whose metadata has every pair of `filter`, oldest first; with `last`, only the newest `last`.
    public func runs(matching filter: [String: String], last: Int? = nil) throws(StoreError) -> [RunSummary] {
        let matching = try runs().filter { $0.matches(filter) }
        guard let last else { return matching }
        return Array(matching.suffix(max(0, last)))
    }

    /// ``latestRun(matching:excluding:)`` over every run.
    public func latestRun(matching filter: [String: String]) throws(StoreError) -> String {
        try latestRun(matching: filter, excluding: nil)
    }

    /// The newest of `runs` (name and metadata, oldest first) that matches `filter` and is not
    /// `excluding`; else the error that lists the recent tagged runs. Shared by both backends.
    package static func newest(of runs: [(name: String, meta: [String: String])], matching filter: [String: String],
                       excluding: String?) throws(StoreError) -> String {
        if let found = runs.last(where: { RunSummary.metadata($0.meta, matches: filter) && $0.name != excluding }) { return found.name }
        let tagged = runs.filter { !$0.meta.isEmpty }.suffix(5).map { "\($0.name) (\(RunSummary.text(of: $0.meta, separator: ", ")))" }
        throw .noMatchingRun(filter: RunSummary.text(of: filter), recent: tagged)
    }
}
