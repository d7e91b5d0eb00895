/// A stable 64-bit FNV-1a hash, for ids derived from content (the same bytes give the same id on
/// every machine) and for telling attribute names apart without making strings of them.
enum StableHash {
    static func hex(_ text: String) -> String {
        let digits = String(value(text.utf8), radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }

    /// The hash of `bytes`.
    static func value(_ bytes: some Sequence<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        return hash
    }

    /// The hash of a string's UTF-8 bytes.
    static func value(_ text: String) -> UInt64 {
        text.utf8.withContiguousStorageIfAvailable { value($0) } ?? value(text.utf8)
    }
}
