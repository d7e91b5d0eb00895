/// FNV-1a 64: a stable hash of bytes (the same bytes give the same value on every machine), for
/// ids and fingerprints derived from content and for telling names apart by their bytes. Not for
/// security.
public enum StableHash {
    /// The hash of no bytes, where every hash starts.
    public static let start: UInt64 = 0xcbf2_9ce4_8422_2325

    /// `bytes` folded into `hash`: the hash of what `hash` covered followed by `bytes`.
    public static func value(_ bytes: some Sequence<UInt8>, from hash: UInt64 = start) -> UInt64 {
        var hash = hash
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        return hash
    }

    /// The hash of a string's UTF-8 bytes.
    public static func value(_ text: String) -> UInt64 {
        text.utf8.withContiguousStorageIfAvailable { value($0) } ?? value(text.utf8)
    }

    /// A hash as 16 hexadecimal digits.
    public static func hex(_ hash: UInt64) -> String {
        let digits = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }

    /// The hash of a string's UTF-8 bytes, as 16 hexadecimal digits.
    public static func hex(_ text: String) -> String {
        hex(value(text))
    }
}
