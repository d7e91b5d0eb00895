/// Why a JSON text could not be read, with the line and column where it went wrong (1-based).
public struct JSONParseError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What was wrong.
    public let reason: String
    /// The 1-based line of the offending byte.
    public let line: Int
    /// The 1-based column (in bytes) of the offending byte.
    public let column: Int
    /// True when the text is valid JSON followed by more content (the sign of JSON Lines).
    public let trailingContent: Bool

    /// Creates an error.
    public init(reason: String, line: Int, column: Int, trailingContent: Bool = false) {
        self.reason = reason
        self.line = line
        self.column = column
        self.trailingContent = trailingContent
    }

    /// "reason at line L, column C".
    public var description: String { "\(reason) at line \(line), column \(column)" }
}
