/// Whether a span succeeded.
public struct SpanStatus: Sendable, Hashable, Codable {
    /// The outcome.
    public enum Code: String, Sendable, Hashable, Codable {
        case unset
        case ok
        case error
    }

    /// The outcome.
    public var code: Code
    /// The error message, when there is one.
    public var message: String?

    /// Creates a status.
    public init(code: Code, message: String? = nil) {
        self.code = code
        self.message = message
    }

    /// A span with no error recorded.
    public static let unset = SpanStatus(code: .unset)

    /// True when the span failed.
    public var isError: Bool { code == .error }
}
