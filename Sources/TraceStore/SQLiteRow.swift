import GRDB
import GRDBSQLite

/// One execution of a prepared statement with its parameters bound in order through the SQLite
/// C API: for the trace and span inserts, run once per row, where building GRDB
/// `StatementArguments` (an array of existentials) cost about as much as SQLite's own work.
struct SQLiteRow: RowSink {
    private let statement: Statement
    private var index: Int32 = 0

    /// Starts a row for `statement`, which must be reset (it is after every ``run()``).
    init(_ statement: Statement) {
        self.statement = statement
    }

    /// Binds the next parameter to text, or NULL.
    mutating func add(_ value: String?) {
        index += 1
        guard var value else { sqlite3_bind_null(statement.sqliteStatement, index); return }
        value.withUTF8 { bytes in
            _ = sqlite3_bind_text(statement.sqliteStatement, index, bytes.baseAddress.map { UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self) },
                                  Int32(bytes.count), Self.transient)
        }
    }

    /// Binds bytes as a BLOB.
    mutating func add(blob value: [UInt8]) {
        index += 1
        value.withUnsafeBytes { bytes in
            _ = sqlite3_bind_blob(statement.sqliteStatement, index, bytes.baseAddress, Int32(bytes.count), Self.transient)
        }
    }

    /// Binds the next parameter to an integer, or NULL.
    mutating func add(_ value: Int64?) {
        index += 1
        guard let value else { sqlite3_bind_null(statement.sqliteStatement, index); return }
        sqlite3_bind_int64(statement.sqliteStatement, index, value)
    }

    /// Binds the next parameter to a real number, or NULL.
    mutating func add(_ value: Double?) {
        index += 1
        guard let value else { sqlite3_bind_null(statement.sqliteStatement, index); return }
        sqlite3_bind_double(statement.sqliteStatement, index, value)
    }

    /// Runs the statement and resets it for the next row; a failure is GRDB's `DatabaseError`.
    func run() throws {
        let code = sqlite3_step(statement.sqliteStatement)
        sqlite3_reset(statement.sqliteStatement)
        guard code == SQLITE_DONE else {
            let connection = sqlite3_db_handle(statement.sqliteStatement)
            throw DatabaseError(resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(connection)),
                                sql: statement.sql)
        }
    }

    /// SQLite copies the bytes before the bind call returns.
    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
}
