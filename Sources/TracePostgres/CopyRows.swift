import NIOCore
import TraceStore

/// Rows for `COPY … FROM STDIN` in PostgreSQL's text format, built column by column in the order
/// of a table's column list. Text is escaped (backslash, tab, newline, carriage return); columns
/// that hold trace content are `bytea` and go as hex, so every byte, NUL included, arrives as it was.
struct CopyRows: RowSink {
    /// Whether each column, by position, is `bytea`.
    private let bytea: [Bool]
    private var column = 0
    /// The rows so far.
    private(set) var buffer: ByteBuffer
    /// How many rows were ended.
    private(set) var count = 0

    init(columns: [String], byteaColumns: Set<String>) {
        bytea = columns.map(byteaColumns.contains)
        buffer = ByteBufferAllocator().buffer(capacity: 1 << 16)
    }

    /// Ends the current row.
    mutating func endRow() {
        precondition(column == bytea.count, "a COPY row has \(column) of \(bytea.count) columns")
        buffer.writeInteger(UInt8(ascii: "\n"))
        column = 0
        count += 1
    }

    /// Starts afresh, keeping the buffer's memory.
    mutating func reset() {
        buffer.clear()
        count = 0
    }

    private mutating func separate() {
        if column > 0 { buffer.writeInteger(UInt8(ascii: "\t")) }
        column += 1
    }

    private mutating func null() {
        separate()
        buffer.writeStaticString("\\N")
    }

    mutating func add(_ value: String?) {
        guard var value else { return null() }
        let isBytea = bytea[column]
        separate()
        value.withUTF8 { bytes in isBytea ? writeHex(bytes) : writeEscaped(bytes) }
    }

    mutating func add(_ value: Int64?) {
        guard let value else { return null() }
        separate()
        buffer.writeString(String(value))
    }

    mutating func add(_ value: Double?) {
        guard let value else { return null() }
        separate()
        buffer.writeString(value.isNaN ? "NaN" : value == .infinity ? "Infinity" : value == -.infinity ? "-Infinity" : "\(value)")
    }

    mutating func add(blob value: [UInt8]) {
        separate()
        value.withUnsafeBufferPointer { writeHex(UnsafeBufferPointer(rebasing: $0[...])) }
    }

    /// `\\x` and two hex digits a byte: a bytea in hex form, its backslash escaped for COPY.
    private mutating func writeHex(_ bytes: UnsafeBufferPointer<UInt8>) {
        buffer.writeStaticString("\\\\x")
        let digits: StaticString = "0123456789abcdef"
        _ = buffer.writeWithUnsafeMutableBytes(minimumWritableBytes: bytes.count * 2) { out in
            digits.withUTF8Buffer { hex in
                for (index, byte) in bytes.enumerated() {
                    out[index * 2] = hex[Int(byte >> 4)]
                    out[index * 2 + 1] = hex[Int(byte & 0x0F)]
                }
            }
            return bytes.count * 2
        }
    }

    /// Text with COPY's special characters escaped.
    private mutating func writeEscaped(_ bytes: UnsafeBufferPointer<UInt8>) {
        for byte in bytes {
            switch byte {
            case UInt8(ascii: "\\"): buffer.writeStaticString("\\\\")
            case UInt8(ascii: "\t"): buffer.writeStaticString("\\t")
            case UInt8(ascii: "\n"): buffer.writeStaticString("\\n")
            case UInt8(ascii: "\r"): buffer.writeStaticString("\\r")
            default: buffer.writeInteger(byte)
            }
        }
    }
}
