import NIOCore
import PostgresNIO
import TraceStore

/// A PostgreSQL row by column position; `bytea` and text columns both read as text.
struct PostgresColumns: ColumnReader {
    let row: PostgresRandomAccessRow

    init(_ row: PostgresRow) {
        self.row = row.makeRandomAccess()
    }

    func text(_ index: Int) -> String? {
        (try? row[index].decode(ByteBuffer?.self)).flatMap { $0 }.map { String(buffer: $0) }
    }

    func integer(_ index: Int) -> Int64? {
        (try? row[index].decode(Int64?.self)).flatMap { $0 }
    }

    func real(_ index: Int) -> Double? {
        (try? row[index].decode(Double?.self)).flatMap { $0 }
    }

    /// The raw bytes of a column.
    func bytes(_ index: Int) -> ByteBuffer? {
        (try? row[index].decode(ByteBuffer?.self)).flatMap { $0 }
    }
}
