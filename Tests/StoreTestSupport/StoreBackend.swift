import Foundation
import TracePostgres
import TraceStore

/// The two store backends, so that one test runs against both.
public enum StoreBackend: String, CaseIterable, CustomStringConvertible, Sendable {
    case sqlite, postgres

    public var description: String { rawValue }

    /// A `--db` value for a new, empty store: a file in `folder`, or a fresh database's URL.
    public func newLocation(in folder: URL) throws -> String {
        switch self {
        case .sqlite: folder.appendingPathComponent("nested/\(UUID().uuidString).sqlite").path
        case .postgres: try TestPostgres.freshDatabase()
        }
    }

    /// A new, empty store, opened.
    public func makeStore(in folder: URL) throws -> TraceStore {
        try Self.open(try newLocation(in: folder))
    }

    /// Opens the store `db` names, to check what was written into it.
    public static func open(_ db: String) throws -> TraceStore {
        switch try StoreLocation(db) {
        case .file(let path): try SQLiteStore(path: path)
        case .postgres(let url): try PostgresStore(url: url)
        }
    }

    /// Whether the store passes its own consistency check (SQLite's integrity check; PostgreSQL has none to run).
    public static func isSound(_ store: TraceStore) throws -> Bool {
        guard let sqlite = store as? SQLiteStore else { return true }
        return try sqlite.integrityCheck() == "ok"
    }
}
