/// Something the reader repaired or passed over, reported beside the result.
public struct IngestWarning: Sendable, Equatable, CustomStringConvertible {
    /// The file.
    public let file: String
    /// What happened.
    public let message: String

    /// Creates a warning.
    public init(file: String, message: String) {
        self.file = file
        self.message = message
    }

    /// "file: message".
    public var description: String { "\(file): \(message)" }
}
