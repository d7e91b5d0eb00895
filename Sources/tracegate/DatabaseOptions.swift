import ArgumentParser
import TraceStore

/// The `--db` option shared by every command that touches the store.
struct DatabaseOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "The SQLite store to use.",
        discussion: "Defaults to $TRACEGATE_DB, else .tracegate/tracegate.sqlite in the current folder.",
        valueName: "file"))
    var db: String?

    /// The store path after defaults.
    var path: String { db ?? TraceStore.defaultPath() }

    /// The store and the files SQLite and tracegate keep beside it: no output may replace any of them.
    var files: [String] { [path] + ["-wal", "-shm", "-lock"].map { path + $0 } }

    /// Opens the store for writing (creating it if needed).
    func open() throws -> TraceStore {
        try TraceStore(path: path)
    }

    /// Opens an existing store for reading only: no write lock, no file created, works on a
    /// read-only file. A store an older tracegate wrote is migrated first (when it can be written).
    func openForReading() throws -> TraceStore {
        do {
            return try TraceStore(path: path, access: .readOnly)
        } catch StoreError.needsUpgrade {
            // A store from an older tracegate: migrate it once (that takes the write lock), then read.
            _ = try open()
            return try TraceStore(path: path, access: .readOnly)
        }
    }
}
