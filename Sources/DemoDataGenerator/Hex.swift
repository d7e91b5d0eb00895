import TraceModel

/// Deterministic hexadecimal ids derived from text (FNV-1a 64, chained for longer ids).
enum Hex {
    static func id(_ text: String, length: Int) -> String {
        var out = ""
        var salt: UInt64 = 0
        while out.count < length {
            out += StableHash.hex(StableHash.value(text.utf8, from: StableHash.start ^ salt))
            salt &+= 0x9E37_79B9_7F4A_7C15
        }
        return String(out.prefix(length))
    }
}
