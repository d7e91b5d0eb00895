import TraceModel

/// FNV-1a 64 over bytes (``StableHash``), as 16 hex digits: a stable fingerprint for change
/// detection (not security).
public enum Fingerprint {
    /// The fingerprint of `parts`, each followed by a newline.
    public static func of(_ parts: [String]) -> String {
        StableHash.hex(hash(parts))
    }

    /// The hash of `parts`, each followed by a newline: the start of ``of(_:continuing:)``, for
    /// parts that many fingerprints begin with.
    static func hash(_ parts: [String]) -> UInt64 {
        parts.reduce(StableHash.start) { hash, part in
            var part = part
            return part.withUTF8 { fold($0, into: hash) }
        }
    }

    /// The fingerprint of the parts `hash` covers followed by the part `bytes` (UTF-8): equal to
    /// ``of(_:)`` of those parts and `bytes` as text.
    static func of(_ bytes: [UInt8], continuing hash: UInt64) -> String {
        StableHash.hex(bytes.withUnsafeBufferPointer { fold($0, into: hash) })
    }

    private static func fold(_ part: UnsafeBufferPointer<UInt8>, into hash: UInt64) -> UInt64 {
        StableHash.value(CollectionOfOne(10), from: StableHash.value(part, from: hash))
    }
}
