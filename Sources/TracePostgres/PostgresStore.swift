import Foundation
import Logging
import NIOCore
import NIOPosix
import PostgresNIO
import TraceModel
import TraceStore

/// The store in a PostgreSQL database: a team's shared history for many CI runners.
///
/// It behaves as ``SQLiteStore`` does. A file's traces land in one transaction, their rows sent
/// with `COPY`. Writers into one run take turns (the run's row is locked to the end of the
/// transaction); writers into different runs proceed at once. A store opened read-only sets its
/// session read-only and reads in snapshots, which never wait for a writer.
public final class PostgresStore: TraceStore {
    /// The database URL without its password.
    public let location: String
    /// Whether the session is read-only.
    public let isReadOnly: Bool
    let session: PostgresSession

    /// Connects to the database at `url` and (for writing) brings its schema up to date.
    public init(url: String, access: StoreAccess = .readWrite) throws(StoreError) {
        let parsed = try PostgresURL(url)
        location = parsed.redacted
        isReadOnly = access == .readOnly
        do {
            session = try PostgresSession(configuration: try parsed.configuration(), readOnly: access == .readOnly)
        } catch {
            throw .cannotOpen(path: location, reason: "cannot connect: \(PostgresErrorText.connectionProblem(error))")
        }
        do {
            if isReadOnly {
                try PostgresSchema.check(self, writable: false)
            } else {
                try PostgresSchema.check(self, writable: true)
                try PostgresSchema.migrate(self)
            }
        } catch let error as StoreError {
            session.close()
            throw error
        } catch {
            session.close()
            throw .cannotOpen(path: location, reason: PostgresErrorText.plain(error))
        }
    }

    /// The rows `query` returns.
    func rows(_ query: PostgresQuery) throws -> [PostgresRow] {
        try session.rows(query)
    }

    /// Runs `query`, discarding any rows.
    func execute(_ query: PostgresQuery) throws {
        _ = try session.rows(query)
    }

    /// Sends `rows` into `table` with `COPY … FROM STDIN`.
    func copy(_ rows: CopyRows, into table: String, columns: [String]) throws {
        try session.copy(rows, into: table, columns: columns)
    }

    /// Runs `body` in one transaction (see ``PostgresSession/transaction(readOnly:_:)``).
    func transaction<T>(readOnly: Bool = false, _ body: () throws -> T) throws -> T {
        try session.transaction(readOnly: readOnly, body)
    }

    /// ``transaction(readOnly:_:)`` mapping database errors to ``StoreError``.
    func reading<T>(_ body: () throws -> T) throws(StoreError) -> T {
        try mappingErrors { try transaction(readOnly: true, body) }
    }

    /// A write transaction mapping database errors to ``StoreError``.
    func writing<T>(_ body: () throws -> T) throws(StoreError) -> T {
        try mappingErrors { try transaction(body) }
    }

    private func mappingErrors<T>(_ body: () throws -> T) throws(StoreError) -> T {
        try StoreError.mapping(PostgresErrorText.plain, body)
    }

    /// The id of `run`, or an error listing the runs there are.
    func existingRunId(_ name: String) throws -> Int64 {
        if let row = try rows("SELECT id FROM runs WHERE name = \(name)").first { return try row.decode(Int64.self) }
        let names = try rows("SELECT name FROM runs ORDER BY id").map { try $0.decode(String.self) }
        throw StoreError.runNotFound(name: name, available: names)
    }
}
