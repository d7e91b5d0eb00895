/// Where one row's values go, column by column in order: a SQLite statement's parameters
/// (``SQLiteRow``) or a PostgreSQL `COPY` tuple.
package protocol RowSink {
    /// The next column: text, or NULL.
    mutating func add(_ value: String?)
    /// The next column: an integer, or NULL.
    mutating func add(_ value: Int64?)
    /// The next column: a real number, or NULL.
    mutating func add(_ value: Double?)
    /// The next column: bytes.
    mutating func add(blob value: [UInt8])
}

extension RowSink {
    /// The next column: an integer, or NULL.
    package mutating func add(_ value: Int?) {
        add(value.map(Int64.init))
    }
}
