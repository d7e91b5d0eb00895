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

    /// For commands whose result does not need to write (gate, compare, baseline): opens for
    /// writing when the store is free within two seconds, else read-only, so a long ingest in
    /// another process never makes them wait.
    func openPreferringWrite() throws -> TraceStore {
        do {
            return try TraceStore(path: path, busyTimeout: 2)
        } catch StoreError.busy {
            return try openForReading()
        }
    }

    /// Opens an existing store for reading only: no write lock, no file created, works on a
    /// read-only file.
    func openForReading() throws -> TraceStore {
        try TraceStore(path: path, access: .readOnly)
    }
}
