import Foundation
import NIOSSL
import PostgresNIO
import TraceStore

/// A `postgres://` URL read as libpq reads it: `postgres://user:password@host:port/database?sslmode=…`.
///
/// Missing parts come from `$PGHOST`, `$PGPORT`, `$PGUSER`, `$PGPASSWORD` and `$PGDATABASE`, then
/// libpq's defaults (the user's login name, a database of the user's name, port 5432, the socket
/// folder `/var/run/postgresql` when it exists, else localhost). A host that starts with `/` is a
/// socket folder, as `?host=/path` is. `sslmode` is as libpq's: `disable`; `prefer` (the default)
/// and `require` encrypt without checking the server's certificate; `verify-ca` checks that a trusted
/// authority signed it, `verify-full` also that it names the host. Trusted authorities are the
/// system's, or the file `sslrootcert` names. `connect_timeout` is in seconds (default 10);
/// `application_name` is shown in the server's `pg_stat_activity`.
struct PostgresURL: Sendable {
    var host: String
    var port: Int
    var user: String
    var password: String?
    var database: String
    var sslMode: String
    var rootCertificate: String?
    var connectTimeout: Int64
    var applicationName: String

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
        let known: Set = ["host", "port", "user", "password", "dbname", "sslmode", "sslrootcert", "application_name", "connect_timeout"]
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
        guard ["disable", "prefer", "require", "verify-ca", "verify-full"].contains(sslMode) else {
            throw fail("sslmode '\(sslMode)' is not one of disable, prefer, require, verify-ca, verify-full")
        }
        rootCertificate = query["sslrootcert"]
        if let rootCertificate, !FileManager.default.isReadableFile(atPath: rootCertificate) {
            throw fail("the sslrootcert file '\(rootCertificate)' cannot be read")
        }
        let timeoutText = query["connect_timeout"] ?? "10"
        guard let timeout = Int64(timeoutText), (1...3_600).contains(timeout) else {
            throw fail("connect_timeout '\(timeoutText)' is not a number of seconds from 1 to 3600")
        }
        connectTimeout = timeout
        applicationName = query["application_name"] ?? "tracegate"
    }

    /// The connection settings.
    func configuration() throws -> PostgresConnection.Configuration {
        var configuration: PostgresConnection.Configuration
        if host.hasPrefix("/") {
            configuration = .init(unixSocketPath: "\(host)/.s.PGSQL.\(port)", username: user, password: password, database: database)
        } else {
            let tls: PostgresConnection.Configuration.TLS
            var settings = TLSConfiguration.makeClientConfiguration()
            settings.certificateVerification = switch sslMode {
            case "verify-full": .fullVerification
            case "verify-ca": .noHostnameVerification
            default: .none
            }
            if let rootCertificate { settings.trustRoots = .file(rootCertificate) }
            switch sslMode {
            case "disable": tls = .disable
            case "prefer": tls = .prefer(try NIOSSLContext(configuration: settings))
            default: tls = .require(try NIOSSLContext(configuration: settings))
            }
            configuration = .init(host: host, port: port, username: user, password: password, database: database, tls: tls)
        }
        configuration.options.connectTimeout = .seconds(connectTimeout)
        configuration.options.additionalStartupParameters = [("application_name", applicationName)]
        return configuration
    }

    /// `text` with any password in it replaced by `***`.
    static func withoutPassword(_ text: String) -> String {
        text.replacingOccurrences(of: #"(://[^:/@?#]*:)[^@/?#]*@"#, with: "$1***@", options: .regularExpression)
            .replacingOccurrences(of: #"([?&]password=)[^&#]*"#, with: "$1***", options: .regularExpression)
    }
}
