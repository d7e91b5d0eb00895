/// Why a stored digest could not be read.
public enum DigestError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The bytes end before the digest does.
    case truncated
    /// A digest written by a newer tracegate.
    case unknownVersion(UInt8)
    /// The bytes do not follow the layout.
    case malformed(String)

    /// The message for a user.
    public var description: String {
        switch self {
        case .truncated: return "the trace digest is truncated"
        case .unknownVersion(let version): return "the trace digest has version \(version), which this tracegate does not know; use a newer tracegate"
        case .malformed(let reason): return "the trace digest is damaged: \(reason)"
        }
    }
}
