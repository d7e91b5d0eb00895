/// Deterministic hexadecimal ids derived from text (FNV-1a 64, chained for longer ids).
enum Hex {
    static func id(_ text: String, length: Int) -> String {
        var out = ""
        var salt: UInt64 = 0
        while out.count < length {
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325 ^ salt
            for byte in text.utf8 {
                hash ^= UInt64(byte)
                hash = hash &* 0x0000_0100_0000_01B3
            }
            let digits = String(hash, radix: 16)
            out += String(repeating: "0", count: 16 - digits.count) + digits
            salt &+= 0x9E37_79B9_7F4A_7C15
        }
        return String(out.prefix(length))
    }
}
