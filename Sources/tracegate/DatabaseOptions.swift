import ArgumentParser
import TracePostgres
import TraceStore

/// The `--db` option shared by every command that touches the store.
struct DatabaseOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "The store: a SQLite file, or a PostgreSQL database as postgres://user:password@host:port/database.",
        discussion: "Defaults to $TRACEGATE_DB, else .tracegate/tracegate.sqlite in the current folder.",
        valueName: "file|url"))
    var db: String?

    /// The `--db` value after defaults: a path or a URL.
    var path: String { db ?? StoreLocation.defaultText() }

    /// The store's files (a SQLite store's, and those SQLite and tracegate keep beside it): no
    /// output may replace any of them. A database has none.
    var files: [String] {
        guard case .file(let path)? = try? StoreLocation(path) else { return [] }
        return [path] + ["-wal", "-shm", "-lock"].map { path + $0 }
    }

    /// Opens the store for writing (creating or migrating it if needed).
    func open() throws -> TraceStore {
        try Self.open(path, access: .readWrite)
    }

    /// Opens an existing store for reading only: no write lock, no file created, works on a
    /// read-only file or a read-only database role. A store an older tracegate wrote is migrated
    /// first (when it can be written).
    func openForReading() throws -> TraceStore {
        do {
            return try Self.open(path, access: .readOnly)
        } catch StoreError.needsUpgrade {
            // A store from an older tracegate: migrate it once (that takes the write lock), then read.
            _ = try open()
            return try Self.open(path, access: .readOnly)
        }
    }

    /// The store `text` names: a SQLite file or a PostgreSQL database.
    static func open(_ text: String, access: StoreAccess) throws -> TraceStore {
        switch try StoreLocation(text) {
        case .file(let path): try SQLiteStore(path: path, access: access)
        case .postgres(let url): try PostgresStore(url: url, access: access)
        }
    }
}
