/// FNV-1a 64 over bytes, as 16 hex digits: a stable fingerprint for change detection (not security).
public enum Fingerprint {
    /// The fingerprint of `parts`, each followed by a newline.
    public static func of(_ parts: [String]) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        func add(_ byte: UInt8) {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        for part in parts {
            for byte in part.utf8 { add(byte) }
            add(10)
        }
        let digits = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
