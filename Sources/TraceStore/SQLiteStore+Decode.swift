import Foundation
import GRDB
import TraceJSON
import TraceModel

extension SQLiteStore {
    /// Rebuilds a trace from its rows.
    static func loadTrace(_ db: Database, runId: Int64, traceId: String) throws -> Trace {
        let rows = try Row.fetchCursor(db, sql: "SELECT \(TraceRow.shellSelectList) FROM traces WHERE run_id = ? AND trace_id = CAST(? AS TEXT)",
                                       arguments: [runId, ExactText.bytes(traceId)])
        guard let row = try rows.next() else { throw StoreError.traceNotFound(traceId: traceId, run: nil) }
        let shell = TraceRow.shell(SQLiteColumns(row: row))
        let parser = JSONDocumentParser()
        let spans = try Row.fetchCursor(db, sql: "SELECT \(SpanColumn.selectList) FROM spans WHERE run_id = ? AND trace_id = CAST(? AS TEXT) ORDER BY ord",
                                        arguments: [runId, ExactText.bytes(traceId)]).map { try SpanRow.read(SQLiteColumns(row: $0), parser: parser) }
        return shell.with(spans: try Array(spans))
    }
}
