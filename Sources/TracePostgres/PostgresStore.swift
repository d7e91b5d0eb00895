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
    let connection: PostgresConnection
    let logger: Logger
    /// One operation at a time on the connection (a transaction spans several calls).
    let turn = NSRecursiveLock()

    /// Connects to the database at `url` and (for writing) brings its schema up to date.
    public init(url: String, access: StoreAccess = .readWrite) throws(StoreError) {
        let parsed = try PostgresURL(url)
        location = parsed.redacted
        isReadOnly = access == .readOnly
        var logger = Logger(label: "tracegate.postgres")
        logger.logLevel = .critical
        self.logger = logger
        do {
            let configuration = try parsed.configuration()
            let quietLogger = logger
            connection = try BlockingExecutor.wait {
                try await PostgresConnection.connect(on: MultiThreadedEventLoopGroup.singleton.next(), configuration: configuration,
                                                     id: 1, logger: quietLogger)
            }
        } catch {
            throw .cannotOpen(path: location, reason: "cannot connect: \(Self.connectionProblem(error))")
        }
        do {
            if isReadOnly {
                try execute("SET default_transaction_read_only = on")
                try PostgresSchema.check(self, writable: false)
            } else {
                try PostgresSchema.check(self, writable: true)
                try PostgresSchema.migrate(self)
            }
        } catch let error as StoreError {
            close()
            throw error
        } catch {
            close()
            throw .cannotOpen(path: location, reason: Self.plain(error))
        }
    }

    deinit {
        close()
    }

    /// Closes the connection and waits for it (the client requires a connection to be closed
    /// before it is released).
    private func close() {
        let closed: EventLoopFuture<Void> = connection.close()
        if !connection.eventLoop.inEventLoop { try? closed.wait() }
    }

    /// The rows `query` returns.
    func rows(_ query: PostgresQuery) throws -> [PostgresRow] {
        turn.lock()
        defer { turn.unlock() }
        let connection = connection
        let logger = logger
        guard !connection.isClosed else { throw ConnectionLost() }
        return try BlockingExecutor.wait(isClosed: { connection.isClosed }) { try await connection.query(query, logger: logger).collect() }
    }

    /// Runs `query`, discarding any rows.
    func execute(_ query: PostgresQuery) throws {
        _ = try rows(query)
    }

    /// Sends `rows` into `table` with `COPY … FROM STDIN`.
    func copy(_ rows: CopyRows, into table: String, columns: [String]) throws {
        guard rows.count > 0 else { return }
        turn.lock()
        defer { turn.unlock() }
        let connection = connection
        let logger = logger
        let data = rows.buffer
        guard !connection.isClosed else { throw ConnectionLost() }
        try BlockingExecutor.wait(isClosed: { connection.isClosed }) {
            try await connection.copyFrom(table: table, columns: columns, logger: logger) { writer in try await writer.write(data) }
        }
    }

    /// Runs `body` in one transaction: committed when it returns, rolled back when it throws.
    /// Reads run in a repeatable-read snapshot, so their several queries see one state of the store.
    func transaction<T>(readOnly: Bool = false, _ body: () throws -> T) throws -> T {
        turn.lock()
        defer { turn.unlock() }
        try execute(readOnly ? "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY" : "BEGIN")
        do {
            let result = try body()
            try execute("COMMIT")
            return result
        } catch {
            try? execute("ROLLBACK")
            throw error
        }
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
        try StoreError.mapping(Self.plain, body)
    }

    /// A database error in the server's own words, with its SQLSTATE code.
    static func plain(_ error: Error) -> String {
        guard let error = error as? PSQLError else { return String(describing: error) }
        if let info = error.serverInfo, let message = info[.message] {
            return message + (info[.detail].map { " (\($0))" } ?? "") + (info[.sqlState].map { " [SQLSTATE \($0)]" } ?? "")
        }
        if error.code == .serverClosedConnection || error.code == .clientClosedConnection {
            return ConnectionLost().description + " (the server stopped, or the network failed); a transaction it had not committed is rolled back"
        }
        if let underlying = error.underlying { return String(describing: underlying) }
        return "\(error.code)"
    }

    /// Why a connection failed, in a sentence: the server's own words when it answered, else what
    /// the network said, plainly.
    static func connectionProblem(_ error: Error) -> String {
        let text = plain(error)
        if text.contains("Connection refused") { return "the server refused the connection (is PostgreSQL running and listening there?)" }
        if text.contains("Name or service not known") || text.contains("UnknownHost") { return "the host name is not known" }
        if text.contains("No such file or directory") { return "there is no server socket there (is PostgreSQL running, and is the socket folder right?)" }
        if text.contains("connectTimeout") || text.contains("Timeout") { return "no answer within connect_timeout (10 seconds unless the URL says)" }
        if text.contains("CERTIFICATE_VERIFY_FAILED") {
            return "the server's TLS certificate is not signed by an authority tracegate trusts "
                + "(name its authority with sslrootcert=FILE, or encrypt without checking with sslmode=require)"
        }
        if text.contains("failedToValidateHostname") {
            return "the server's TLS certificate does not name this host (connect by the name it was issued for, or check only its authority with sslmode=verify-ca)"
        }
        return text
    }

    /// The id of `run`, or an error listing the runs there are.
    func existingRunId(_ name: String) throws -> Int64 {
        if let row = try rows("SELECT id FROM runs WHERE name = \(name)").first { return try row.decode(Int64.self) }
        let names = try rows("SELECT name FROM runs ORDER BY id").map { try $0.decode(String.self) }
        throw StoreError.runNotFound(name: name, available: names)
    }
}
