import GRDB

/// Why the store could not do what was asked.
public enum StoreError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The database file could not be opened or created.
    case cannotOpen(path: String, reason: String)
    /// No run has this name.
    case runNotFound(name: String, available: [String])
    /// No trace has this id (in this run, when one was named).
    case traceNotFound(traceId: String, run: String?)
    /// The trace id exists in several runs; one must be named.
    case ambiguousTrace(traceId: String, runs: [String])
    /// SQLite reported an error.
    case database(String)
    /// No run's metadata matches a `latest:` filter.
    case noMatchingRun(filter: String, recent: [String])
    /// A store opened read-only was written by an older tracegate and needs these migrations first.
    case needsUpgrade(path: String, missing: [String])
    /// Another process held the write lock for longer than the command would wait.
    case busy(path: String)

    /// An error's message for people: SQLite's own words, without the SQL statement and arguments
    /// GRDB appends.
    static func plain(_ error: Error) -> String {
        if let database = error as? DatabaseError {
            let message = database.message ?? "\(database.resultCode)"
            return message + (database.resultCode == .SQLITE_CORRUPT || database.resultCode == .SQLITE_NOTADB
                ? " (the file is damaged or not a tracegate store)" : "")
        }
        return String(describing: error)
    }

    /// Runs `body`; a ``StoreError`` passes through, any other error becomes ``database(_:)`` in
    /// the words `describe` gives it (each backend has its own).
    package static func mapping<T>(_ describe: (Error) -> String, _ body: () throws -> T) throws(StoreError) -> T {
        do {
            return try body()
        } catch let error as StoreError {
            throw error
        } catch {
            throw .database(describe(error))
        }
    }

    /// What went wrong and what to do.
    public var description: String {
        switch self {
        case .cannotOpen(let path, let reason):
            return "cannot open the store at \(path): \(reason)"
        case .runNotFound(let name, let available):
            let list = available.isEmpty ? "the store has no runs yet; ingest with 'tracegate ingest PATH --run NAME'"
                : "runs in the store: \(available.joined(separator: ", "))"
            return "no run named '\(name)' (\(list))"
        case .traceNotFound(let traceId, let run):
            return "no trace '\(traceId)'" + (run.map { " in run '\($0)'" } ?? " in the store")
                + "; list runs with 'tracegate runs' and a run's traces with 'tracegate show --run NAME'"
        case .ambiguousTrace(let traceId, let runs):
            return "trace '\(traceId)' is in several runs (\(runs.joined(separator: ", "))); name one with --run"
        case .database(let message):
            return "database error: \(message)"
        case .noMatchingRun(let filter, let recent):
            return "no run has \(filter) in the store" + (recent.isEmpty
                ? "; no run has metadata yet: record it with 'tracegate ingest PATH --run NAME --meta \(filter.split(separator: ",").first ?? "key=value")'"
                : "; recent runs with metadata: " + recent.joined(separator: "; "))
        case .needsUpgrade(let path, let missing):
            return "cannot open the store at \(path): its schema needs upgrading (\(missing.joined(separator: ", "))); "
                + "run a command that writes, such as 'tracegate ingest', first"
        case .busy(let path):
            return "the store at \(path) is busy: another process has been writing to it for longer than the wait allowed"
        }
    }
}
