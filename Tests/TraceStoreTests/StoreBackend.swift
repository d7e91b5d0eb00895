import Foundation
import PostgresTestSupport
import TracePostgres
import TraceStore

/// The two store backends, so that one test runs against both.
enum StoreBackend: String, CaseIterable, CustomStringConvertible {
    case sqlite, postgres

    var description: String { rawValue }

    /// A new, empty store: a file in `folder`, or a fresh database on the test server.
    func makeStore(in folder: URL) throws -> TraceStore {
        switch self {
        case .sqlite:
            return try SQLiteStore(path: folder.appendingPathComponent("nested/\(UUID().uuidString).sqlite").path)
        case .postgres:
            return try PostgresStore(url: try TestPostgres.freshDatabase())
        }
    }

    /// Checks the database's own consistency where the backend has a check (SQLite's integrity check).
    static func isSound(_ store: TraceStore) throws -> Bool {
        guard let sqlite = store as? SQLiteStore else { return true }
        return try sqlite.integrityCheck() == "ok"
    }
}
