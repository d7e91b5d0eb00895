/// Reads what ``DigestWriter`` wrote, checking every length against the bytes left, so a damaged
/// digest is an error and never a crash or a runaway allocation.
struct DigestReader {
    private let bytes: UnsafeRawBufferPointer
    private var position = 0

    init(_ bytes: UnsafeRawBufferPointer) { self.bytes = bytes }

    var isAtEnd: Bool { position == bytes.count }

    mutating func byte() throws(DigestError) -> UInt8 {
        guard position < bytes.count else { throw .truncated }
        defer { position += 1 }
        return bytes[position]
    }

    mutating func unsigned() throws(DigestError) -> UInt64 {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            let next = try byte()
            guard shift < 64 else { throw .malformed("a number is too long") }
            value |= UInt64(next & 0x7F) << shift
            if next < 0x80 { return value }
            shift += 7
        }
    }

    /// A count of items that each take at least one byte, so it cannot exceed the bytes left.
    mutating func count() throws(DigestError) -> Int {
        let value = try unsigned()
        guard value <= UInt64(bytes.count - position) else { throw .truncated }
        return Int(value)
    }

    mutating func signed() throws(DigestError) -> Int64 {
        let value = try unsigned()
        return Int64(bitPattern: value >> 1) ^ -Int64(bitPattern: value & 1)
    }

    mutating func double() throws(DigestError) -> Double {
        var bits: UInt64 = 0
        for shift in stride(from: 0, to: 64, by: 8) { bits |= UInt64(try byte()) << UInt64(shift) }
        return Double(bitPattern: bits)
    }

    mutating func string() throws(DigestError) -> String {
        let length = try count()
        defer { position += length }
        return String(decoding: UnsafeRawBufferPointer(rebasing: bytes[position..<position + length]), as: UTF8.self)
    }

    mutating func optionalString() throws(DigestError) -> String? {
        try present() ? try string() : nil
    }

    /// Reads a presence byte: 0 absent, 1 present.
    mutating func present() throws(DigestError) -> Bool {
        switch try byte() {
        case 0: return false
        case 1: return true
        default: throw .malformed("a presence byte is neither 0 nor 1")
        }
    }

    /// A JSON value; nesting is bounded by `depth`.
    mutating func json(depth: Int = 0) throws(DigestError) -> JSONValue {
        guard depth <= 100_000 else { throw .malformed("JSON nested too deeply") }
        switch try byte() {
        case 0: return .null
        case 1: return .bool(false)
        case 2: return .bool(true)
        case 3: return .int(try signed())
        case 4: return .double(try double())
        case 5: return .string(try string())
        case 6:
            let count = try count()
            var items: [JSONValue] = []
            items.reserveCapacity(count)
            for _ in 0..<count { items.append(try json(depth: depth + 1)) }
            return .array(items)
        case 7:
            let count = try count()
            var members: [String: JSONValue] = Dictionary(minimumCapacity: count)
            for _ in 0..<count {
                let key = try string()
                members[key] = try json(depth: depth + 1)
            }
            return .object(members)
        case let tag:
            throw .malformed("unknown JSON tag \(tag)")
        }
    }
}
