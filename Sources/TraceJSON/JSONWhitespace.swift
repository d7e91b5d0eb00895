/// JSON's four white-space bytes (RFC 8259 §2).
package enum JSONWhitespace {
    /// True for space, line feed, carriage return and tab.
    @inline(__always)
    package static func contains(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09
    }
}
