import Foundation

/// Trace content bound as a SQLite parameter with every byte: GRDB binds a Swift string as a C
/// string, which ends at the first NUL. The bytes go as a blob; the SQL casts the parameter back
/// to text (`CAST(? AS TEXT)`), so it compares with and is stored as the text columns are.
enum ExactText {
    /// The parameter value for `text`.
    static func bytes(_ text: String) -> Data {
        Data(text.utf8)
    }
}
