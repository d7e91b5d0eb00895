import Foundation

/// Where `--db` or `$TRACEGATE_DB` points: a SQLite file, or a PostgreSQL database by URL.
public enum StoreLocation: Sendable, Equatable {
    /// A SQLite file at this path.
    case file(String)
    /// A PostgreSQL database (`postgres://` or `postgresql://`).
    case postgres(String)

    /// Reads a `--db` value: a `postgres://` or `postgresql://` URL names a database; any other
    /// URL is refused (an error naming the scheme) rather than taken for a file name; the rest are paths.
    public init(_ text: String) throws(StoreError) {
        guard let scheme = text.range(of: #"^[A-Za-z][A-Za-z0-9+.-]*://"#, options: .regularExpression) else {
            self = .file(text)
            return
        }
        let name = text[scheme].dropLast(3).lowercased()
        guard name == "postgres" || name == "postgresql" else {
            throw .cannotOpen(path: text, reason: "'\(name)' URLs are not supported: give a SQLite file path or a postgres:// URL")
        }
        self = .postgres(text)
    }

    /// The default: `$TRACEGATE_DB`, else `.tracegate/tracegate.sqlite`.
    public static func defaultText(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let path = environment["TRACEGATE_DB"], !path.isEmpty { return path }
        return ".tracegate/tracegate.sqlite"
    }
}
