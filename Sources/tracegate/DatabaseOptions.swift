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

    /// Opens the store.
    func open() throws -> TraceStore {
        try TraceStore(path: path)
    }
}
