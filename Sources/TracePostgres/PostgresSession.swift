import Foundation
import Logging
import NIOCore
import NIOPosix
import PostgresNIO

/// The store's connection: one statement at a time (a transaction spans several calls, so the
/// lock is held across them), and a new connection when the old one closed between transactions,
/// so that a long-lived process (`serve`) outlives a server restart. A connection lost inside a
/// transaction is never replaced there: the server rolled the transaction back, and the rest of
/// it must not run outside one.
final class PostgresSession: @unchecked Sendable {
    private let configuration: PostgresConnection.Configuration
    private let readOnly: Bool
    private let logger: Logger
    private let lock = NSRecursiveLock()
    /// Guarded by `lock`.
    private var connection: PostgresConnection
    /// Guarded by `lock`.
    private var inTransaction = false

    /// Connects; a read-only session refuses every write the server is asked for.
    init(configuration: PostgresConnection.Configuration, readOnly: Bool) throws {
        var logger = Logger(label: "tracegate.postgres")
        logger.logLevel = .critical
        self.logger = logger
        self.configuration = configuration
        self.readOnly = readOnly
        connection = try Self.connect(configuration, readOnly: readOnly, logger: logger)
    }

    deinit {
        close()
    }

    private static func connect(_ configuration: PostgresConnection.Configuration, readOnly: Bool, logger: Logger) throws -> PostgresConnection {
        let connection = try BlockingExecutor.wait {
            try await PostgresConnection.connect(on: MultiThreadedEventLoopGroup.singleton.next(), configuration: configuration,
                                                 id: 1, logger: logger)
        }
        if readOnly {
            _ = try BlockingExecutor.wait(isClosed: { connection.isClosed }) {
                try await connection.query("SET default_transaction_read_only = on", logger: logger).collect()
            }
        }
        return connection
    }

    /// Closes the connection and waits for it (the client requires a connection to be closed
    /// before it is released).
    func close() {
        lock.lock()
        defer { lock.unlock() }
        let closed: EventLoopFuture<Void> = connection.close()
        if !connection.eventLoop.inEventLoop { try? closed.wait() }
    }

    /// The connection for the next statement: the current one, or a new one when it closed
    /// outside a transaction.
    private func live() throws -> PostgresConnection {
        guard connection.isClosed else { return connection }
        guard !inTransaction else { throw ConnectionLost() }
        do {
            connection = try Self.connect(configuration, readOnly: readOnly, logger: logger)
        } catch {
            throw ConnectionLost(reconnecting: PostgresErrorText.connectionProblem(error))
        }
        return connection
    }

    /// The rows `query` returns.
    func rows(_ query: PostgresQuery) throws -> [PostgresRow] {
        lock.lock()
        defer { lock.unlock() }
        let connection = try live()
        let logger = logger
        return try BlockingExecutor.wait(isClosed: { connection.isClosed }) { try await connection.query(query, logger: logger).collect() }
    }

    /// Sends `rows` into `table` with `COPY … FROM STDIN`.
    func copy(_ rows: CopyRows, into table: String, columns: [String]) throws {
        guard rows.count > 0 else { return }
        lock.lock()
        defer { lock.unlock() }
        let connection = try live()
        let logger = logger
        let data = rows.buffer
        try BlockingExecutor.wait(isClosed: { connection.isClosed }) {
            try await connection.copyFrom(table: table, columns: columns, logger: logger) { writer in try await writer.write(data) }
        }
    }

    /// Runs `body` in one transaction: committed when it returns, rolled back when it throws.
    /// Reads run in a repeatable-read snapshot, so their several queries see one state of the store.
    func transaction<T>(readOnly: Bool, _ body: () throws -> T) throws -> T {
        lock.lock()
        defer { lock.unlock() }
        _ = try rows(readOnly ? "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY" : "BEGIN")
        inTransaction = true
        defer { inTransaction = false }
        do {
            let result = try body()
            _ = try rows("COMMIT")
            return result
        } catch {
            if !connection.isClosed { _ = try? rows("ROLLBACK") }
            throw error
        }
    }
}
