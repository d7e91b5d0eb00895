/// A malformed line of a JSON Lines file that `--skip-invalid` passed over.
public struct SkippedLine: Sendable, Equatable {
    /// The file.
    public let file: String
    /// The 1-based line number.
    public let line: Int
    /// Why the line was not read.
    public let reason: String

    /// Creates a record of a skipped line.
    public init(file: String, line: Int, reason: String) {
        self.file = file
        self.line = line
        self.reason = reason
    }
}
