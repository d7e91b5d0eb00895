/// A one-word summary of a set of attribute keys, a Bloom filter with one hash of a key's length
/// and last byte: a key whose bit is clear is certainly not in the set. A span carries a handful
/// of the many attribute names the dialects look for, so most lookups end here, with no hashing
/// of the key; a key whose bit is set is looked up as before.
struct KeyFilter: Sendable {
    private var bits: UInt64 = 0

    /// The summary of `keys`.
    init(_ keys: some Sequence<String>) {
        for key in keys { bits |= Self.bit(key) }
    }

    /// The summary of no key; keys are added with ``insert(_:)``.
    init() {}

    /// Adds a key given as its UTF-8 bytes.
    mutating func insert(_ key: UnsafeBufferPointer<UInt8>) {
        bits |= Self.bit(count: key.count, last: key.last ?? 0)
    }

    /// False when `key` is certainly not among the keys; true when it may be.
    func mayContain(_ key: String) -> Bool {
        bits & Self.bit(key) != 0
    }

    /// ``mayContain(_:)`` of a key given as its UTF-8 bytes.
    func mayContain(_ key: UnsafeBufferPointer<UInt8>) -> Bool {
        bits & Self.bit(count: key.count, last: key.last ?? 0) != 0
    }

    /// The bit of `key`: (7 × its UTF-8 length + its last byte) mod 64.
    static func bit(_ key: String) -> UInt64 {
        let utf8 = key.utf8
        let last = utf8.withContiguousStorageIfAvailable { $0.last ?? 0 } ?? utf8.last ?? 0
        return bit(count: utf8.count, last: last)
    }

    private static func bit(count: Int, last: UInt8) -> UInt64 {
        1 << UInt64(truncatingIfNeeded: (count &* 7 &+ Int(last)) & 63)
    }
}
