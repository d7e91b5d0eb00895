import TraceModel

/// FNV-1a 64 over bytes (``StableHash``), as 16 hex digits: a stable fingerprint for change
/// detection (not security).
public enum Fingerprint {
    /// The fingerprint of `parts`, each followed by a newline.
    public static func of(_ parts: [String]) -> String {
        let hash = parts.reduce(StableHash.start) { hash, part in StableHash.value(CollectionOfOne(10), from: StableHash.value(part.utf8, from: hash)) }
        return StableHash.hex(hash)
    }
}
