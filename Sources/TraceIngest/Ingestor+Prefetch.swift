import TraceModel

extension Ingestor {
    /// Reads `file` on a thread of its own (``TracePrefetcher``) while `consume` takes its batches
    /// on this one: `next` hands out the next batch (nil at the end), `report` the file's counts,
    /// complete once `next` has returned nil. Returns the report and what `consume` returned.
    ///
    /// This is how a file reaches a store: `consume` writes the batches in one transaction, so
    /// reading and mapping overlap with writing, and the store needs nothing of this module.
    public func prefetch<T>(
        file: String, progress: ((_ bytesRead: Int) -> Void)? = nil,
        _ consume: (_ next: () throws -> [Trace]?, _ report: () -> FileReport) throws -> T
    ) throws -> (report: FileReport, result: T) {
        let traces = TracePrefetcher(try stream(file: file))
        let result = try consume({
            let batch = try traces.next()
            progress?(traces.bytesRead)
            return batch
        }, { traces.report })
        return (traces.report, result)
    }
}
