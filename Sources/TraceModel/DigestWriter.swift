/// Appends the values of a ``TraceDigest`` to a byte buffer: unsigned LEB128 varints, zigzag for
/// signed numbers, strings as a length and their UTF-8 bytes, optionals as a presence byte.
struct DigestWriter {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int = 256) { bytes.reserveCapacity(capacity) }

    mutating func byte(_ value: UInt8) { bytes.append(value) }

    mutating func unsigned(_ value: UInt64) {
        var value = value
        while value >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: value) | 0x80)
            value >>= 7
        }
        bytes.append(UInt8(value))
    }

    mutating func count(_ value: Int) { unsigned(UInt64(value)) }

    mutating func signed(_ value: Int64) { unsigned(UInt64(bitPattern: (value << 1) ^ (value >> 63))) }

    mutating func double(_ value: Double) {
        let bits = value.bitPattern
        for shift in stride(from: 0, to: 64, by: 8) { bytes.append(UInt8(truncatingIfNeeded: bits >> UInt64(shift))) }
    }

    mutating func string(_ value: String) {
        var value = value
        value.withUTF8 { utf8 in
            count(utf8.count)
            bytes.append(contentsOf: utf8)
        }
    }

    mutating func string(_ value: String?) {
        optional(value) { $0.string($1) }
    }

    /// A presence byte, then `value` written by `write` when there is one.
    mutating func optional<T>(_ value: T?, _ write: (inout DigestWriter, T) -> Void) {
        guard let value else { return byte(0) }
        byte(1)
        write(&self, value)
    }

    /// A JSON value as a tag byte and its payload; object members in key order, so equal values
    /// write equal bytes.
    mutating func json(_ value: JSONValue) {
        switch value {
        case .null: byte(0)
        case .bool(let flag): byte(flag ? 2 : 1)
        case .int(let number): byte(3); signed(number)
        case .double(let number): byte(4); double(number)
        case .string(let text): byte(5); string(text)
        case .array(let items):
            byte(6)
            count(items.count)
            for item in items { json(item) }
        case .object(let members):
            byte(7)
            count(members.count)
            for key in members.keys.sorted() {
                string(key)
                json(members[key]!)
            }
        }
    }
}
