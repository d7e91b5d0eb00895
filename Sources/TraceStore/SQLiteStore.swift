import Foundation
import GRDB
import GRDBSQLite
import TraceModel

/// The SQLite store of runs, traces, spans and scores.
///
/// WAL mode and a busy timeout let several processes share one file. Every write is one
/// transaction: a batch lands whole or not at all.
///
/// Opening checks the schema: a store written by a newer tracegate (a migration this one does not
/// know) is refused, never written to; several processes creating one new store at once all end
/// with the same complete schema (a migration that lost the race is re-checked, not failed); and
/// a store opened for writing must pass `PRAGMA quick_check`, so a damaged file is refused before
/// anything is added to it. A store opened read-only takes no write lock and works on a file the
/// user may not write.
public final class SQLiteStore: TraceStore {
    /// The database file.
    public let path: String
    /// The database file, for messages.
    public var location: String { path }
    /// Whether it was opened read-only.
    public let isReadOnly: Bool
    let pool: DatabasePool

    /// Opens the store at `path` (for writing: creating it and its folder if needed) and brings its
    /// schema up to date.
    public init(path: String, access: StoreAccess = .readWrite, busyTimeout: TimeInterval = 30) throws(StoreError) {
        self.path = path
        isReadOnly = access == .readOnly
        // A database URL is not a file name: refuse it rather than create a folder named "postgres:".
        guard case .file = try StoreLocation(path) else {
            throw .cannotOpen(path: path, reason: "a database URL is not a SQLite file; open it as a PostgreSQL store")
        }
        do {
            var configuration = Configuration()
            configuration.busyMode = .timeout(busyTimeout)
            configuration.foreignKeysEnabled = true
            switch access {
            case .readOnly:
                guard FileManager.default.fileExists(atPath: path) else {
                    throw StoreError.cannotOpen(path: path, reason: "there is no store there yet; create one with 'tracegate ingest PATH --run NAME --db \(path)'")
                }
                configuration.readonly = true
                pool = try DatabasePool(path: path, configuration: configuration)
                try StoreSchema.check(pool, writable: false)
            case .readWrite:
                let folder = (path as NSString).deletingLastPathComponent
                if !folder.isEmpty { try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true) }
                // Processes opening one store for writing take turns while it is set up (WAL mode,
                // migrations): SQLite's own locks can leave one of several racing openers waiting out
                // its whole busy timeout. The turn is an flock on a `-lock` file beside the store.
                let turn = try OpeningTurn(path: path + "-lock")
                defer { turn.release() }
                // Keep the -wal and -shm files when the last writer closes: a user who may read the
                // store but not write its folder can then still open it read-only.
                configuration.prepareDatabase { db in
                    var persist: Int32 = 1
                    _ = sqlite3_file_control(db.sqliteConnection, "main", SQLITE_FCNTL_PERSIST_WAL, &persist)
                }
                pool = try DatabasePool(path: path, configuration: configuration)
                try StoreSchema.check(pool, writable: true)
                try StoreSchema.migrate(pool)
                try StoreSchema.quickCheck(pool)
            }
        } catch let error as StoreError {
            throw error
        } catch let error as DatabaseError where error.resultCode == .SQLITE_BUSY || error.resultCode == .SQLITE_LOCKED {
            throw .busy(path: path)
        } catch {
            throw .cannotOpen(path: path, reason: StoreError.plain(error))
        }
    }

    /// Runs `body` in a read transaction, mapping SQLite errors to ``StoreError``.
    func read<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
        try mappingErrors { try pool.read(body) }
    }

    /// Runs `body` in one write transaction, mapping SQLite errors to ``StoreError``.
    func write<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
        try mappingErrors { try pool.write(body) }
    }

    /// Runs `body` in one write transaction; SQLite errors become ``StoreError``, any other error
    /// `body` throws (an input error, say) passes through as it is, after the rollback.
    func writePassingErrors<T>(_ body: (Database) throws -> T) throws -> T {
        do {
            return try pool.write(body)
        } catch let error as DatabaseError {
            throw StoreError.database(StoreError.plain(error))
        }
    }

    private func mappingErrors<T>(_ body: () throws -> T) throws(StoreError) -> T {
        try StoreError.mapping(StoreError.plain, body)
    }

    /// `PRAGMA integrity_check`: "ok" when the file is sound.
    public func integrityCheck() throws(StoreError) -> String {
        try read { db in try String.fetchOne(db, sql: "PRAGMA integrity_check") ?? "" }
    }
}

extension SQLiteStore {
    /// The SQLite journal mode in force (`wal` for a store opened here).
    public func journalMode() throws(StoreError) -> String {
        try read { db in try String.fetchOne(db, sql: "PRAGMA journal_mode") ?? "" }
    }
}
