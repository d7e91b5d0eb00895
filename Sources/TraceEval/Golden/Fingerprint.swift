import TraceModel

/// FNV-1a 64 over bytes (``StableHash``), as 16 hex digits: a stable fingerprint for change
/// detection (not security).
public enum Fingerprint {
    /// The fingerprint of `parts`, each followed by a newline.
    public static func of(_ parts: [String]) -> String {
        StableHash.hex(parts.reduce(StableHash.start) { adding(Array($1.utf8), to: $0) })
    }

    /// The fingerprint of the parts `hash` covers (made by ``adding(_:to:)``) followed by `part`
    /// (UTF-8): equal to ``of(_:)`` of those parts and `part` as text.
    static func of(_ part: [UInt8], after hash: UInt64) -> String {
        StableHash.hex(adding(part, to: hash))
    }

    /// `hash`, of the parts so far (``StableHash/start`` for none), with `part` and its newline added.
    static func adding(_ part: [UInt8], to hash: UInt64) -> UInt64 {
        StableHash.value(CollectionOfOne(10), from: StableHash.value(part, from: hash))
    }
}
