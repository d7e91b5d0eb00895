import Foundation
import NIOSSL
import PostgresNIO
import TraceStore

/// A `postgres://` URL read as libpq reads it: `postgres://user:password@host:port/database?sslmode=…`.
///
/// Missing parts come from `$PGHOST`, `$PGPORT`, `$PGUSER`, `$PGPASSWORD` and `$PGDATABASE`, then
/// libpq's defaults (the user's login name, a database of the user's name, port 5432, the socket
/// folder `/var/run/postgresql` when it exists, else localhost). A host that starts with `/` is a
/// socket folder, as `?host=/path` is. `sslmode` is `disable`, `prefer` (the default) or `require`.
struct PostgresURL: Sendable {
    var host: String
    var port: Int
    var user: String
    var password: String?
    var database: String
    var sslMode: String

    /// The URL without its password, for messages.
    var redacted: String {
        let place = host.hasPrefix("/") ? "?host=\(host)" : ""
        return "postgres://\(user)@\(host.hasPrefix("/") ? "" : host):\(port)/\(database)\(place)"
    }

    /// Reads `text`; an error says which part is wrong.
    init(_ text: String, environment: [String: String] = ProcessInfo.processInfo.environment) throws(StoreError) {
        func fail(_ reason: String) -> StoreError { .cannotOpen(path: Self.withoutPassword(text), reason: reason) }
        guard let parts = URLComponents(string: text) else { throw fail("it is not a valid URL") }
        var query: [String: String] = [:]
        for item in parts.queryItems ?? [] { query[item.name] = item.value ?? "" }
        let known: Set = ["host", "port", "user", "password", "dbname", "sslmode", "application_name", "connect_timeout"]
        if let unknown = query.keys.sorted().first(where: { !known.contains($0) }) {
            throw fail("unknown URL parameter '\(unknown)' (known: \(known.sorted().joined(separator: ", ")))")
        }
        let login = ProcessInfo.processInfo.userName
        user = query["user"] ?? parts.user?.removingPercentEncoding ?? environment["PGUSER"] ?? (login.isEmpty ? "postgres" : login)
        password = query["password"] ?? parts.password?.removingPercentEncoding ?? environment["PGPASSWORD"]
        let path = parts.path.hasPrefix("/") ? String(parts.path.dropFirst()) : parts.path
        database = query["dbname"] ?? (path.isEmpty ? nil : path.removingPercentEncoding) ?? environment["PGDATABASE"] ?? user
        let socketFolder = FileManager.default.fileExists(atPath: "/var/run/postgresql") ? "/var/run/postgresql" : "localhost"
        host = query["host"] ?? (parts.host?.isEmpty == false ? parts.host?.removingPercentEncoding : nil) ?? environment["PGHOST"] ?? socketFolder
        let portText = query["port"] ?? parts.port.map(String.init) ?? environment["PGPORT"] ?? "5432"
        guard let port = Int(portText), (1...65_535).contains(port) else { throw fail("the port '\(portText)' is not a number from 1 to 65535") }
        self.port = port
        sslMode = query["sslmode"] ?? "prefer"
        guard ["disable", "prefer", "require"].contains(sslMode) else {
            throw fail("sslmode '\(sslMode)' is not supported (use disable, prefer or require)")
        }
    }

    /// The connection settings.
    func configuration() throws -> PostgresConnection.Configuration {
        var configuration: PostgresConnection.Configuration
        if host.hasPrefix("/") {
            configuration = .init(unixSocketPath: "\(host)/.s.PGSQL.\(port)", username: user, password: password, database: database)
        } else {
            let tls: PostgresConnection.Configuration.TLS
            switch sslMode {
            case "disable": tls = .disable
            case "require": tls = .require(try NIOSSLContext(configuration: .makeClientConfiguration()))
            default: tls = .prefer(try NIOSSLContext(configuration: .makeClientConfiguration()))
            }
            configuration = .init(host: host, port: port, username: user, password: password, database: database, tls: tls)
        }
        configuration.options.connectTimeout = .seconds(10)
        return configuration
    }

    /// `text` with any password in it replaced by `***`.
    static func withoutPassword(_ text: String) -> String {
        text.replacingOccurrences(of: #"(://[^:/@?#]*:)[^@/?#]*@"#, with: "$1***@", options: .regularExpression)
            .replacingOccurrences(of: #"([?&]password=)[^&#]*"#, with: "$1***", options: .regularExpression)
    }
}
