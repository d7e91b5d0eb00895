import Foundation
import PostgresTestSupport
import TracePostgres
import TraceStore

/// The two store backends as `--db` sees them, so that one CLI test runs against both.
enum CLIBackend: String, CaseIterable, CustomStringConvertible {
    case sqlite, postgres

    var description: String { rawValue }

    /// A `--db` value for a new, empty store: a file in `folder`, or a fresh database's URL.
    func newStore(in folder: URL) throws -> String {
        switch self {
        case .sqlite: folder.appendingPathComponent("s.sqlite").path
        case .postgres: try TestPostgres.freshDatabase()
        }
    }

    /// Opens the store `db` names, to check what the CLI wrote.
    static func open(_ db: String) throws -> TraceStore {
        switch try StoreLocation(db) {
        case .file(let path): try SQLiteStore(path: path)
        case .postgres(let url): try PostgresStore(url: url)
        }
    }

    /// Whether the store passes its own consistency check (SQLite's integrity check; PostgreSQL has none to run).
    static func isSound(_ store: TraceStore) throws -> Bool {
        guard let sqlite = store as? SQLiteStore else { return true }
        return try sqlite.integrityCheck() == "ok"
    }
}
