import Foundation
import GRDB
import TraceModel

extension SQLiteStore {
    /// The traces of `run` as scoring sees them, in start order: read from their evaluation digests
    /// (``TraceDigest``), one row per trace and no span rows. A trace stored before digests existed
    /// is read from its spans instead.
    public func evaluationTraces(run: String, batchSize: Int, _ body: ([Trace]) -> Void) throws(StoreError) {
        try read { db in
            let runId = try Self.existingRunId(db, name: run)
            let rows = try Row.fetchCursor(db, sql: "SELECT trace_id, digest FROM traces WHERE run_id = ? ORDER BY start_ns, trace_id",
                                           arguments: [runId])
            var traces: [Trace] = []
            while let row = try rows.next() {
                let decoded = try row.withUnsafeData(atIndex: 1) { data -> Result<Trace, DigestError>? in
                    data.map { bytes in bytes.withUnsafeBytes { buffer in Result { () throws(DigestError) in try TraceDigest.decode(buffer) } } }
                }
                if traces.count >= batchSize {
                    body(traces)
                    traces.removeAll(keepingCapacity: true)
                }
                switch decoded {
                case .success(let trace)?:
                    traces.append(trace)
                case .failure(let error)?:
                    throw StoreError.database("trace \(row.text(0) ?? "?") of run '\(run)': \(error)")
                case nil:
                    let traceId = row.text(0) ?? ""
                    traces.append(TraceDigest.evaluationView(of: try Self.loadTrace(db, runId: runId, traceId: traceId)))
                }
            }
            if !traces.isEmpty { body(traces) }
        }
    }
}
