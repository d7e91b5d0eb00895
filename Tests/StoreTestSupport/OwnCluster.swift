import Foundation

/// A PostgreSQL cluster of one test's own, with one database `store`: for tests that stop or
/// restart the server on purpose, which the shared one must never be. Stopped and removed when
/// released.
public final class OwnCluster {
    /// The cluster's folder (its certificate is `server.crt` there when it offers TLS).
    public let folder = "/tmp/tracegate-pg-own-\(getpid())-\(UUID().uuidString.prefix(8))"
    /// The admin URL (over the socket).
    public let admin: String
    /// The URL of the database `store` (over the socket).
    public let store: String
    /// The TCP port of its TLS listener, when it has one.
    public let tlsPort: Int?

    /// Starts the cluster; with `tls`, it also listens on 127.0.0.1 at a free port with TLS only.
    public init(tls: Bool = false) throws {
        var started: (admin: String, port: Int?)?
        var lastError: Error?
        for _ in 0..<(tls ? 5 : 1) where started == nil {
            let port = tls ? Int.random(in: 20_000...60_000) : nil
            do { started = (try TestPostgres.startCluster(in: folder, tlsPort: port), port) } catch { lastError = error }
        }
        guard let started else { throw lastError ?? TestPostgres.Failure("cannot start a cluster in \(folder)") }
        admin = started.admin
        tlsPort = started.port
        try TestPostgres.psql(admin, "CREATE DATABASE store")
        store = try TestPostgres.url(admin, database: "store")
    }

    /// Stops the server: `immediate` as a crash would.
    public func stop(immediate: Bool = true) throws {
        try TestPostgres.stopCluster(in: folder, immediate: immediate)
    }

    /// Starts it again after ``stop(immediate:)``.
    public func restart() throws {
        _ = try TestPostgres.startCluster(in: folder, tlsPort: tlsPort)
    }

    deinit {
        try? TestPostgres.stopCluster(in: folder)
        try? FileManager.default.removeItem(atPath: folder)
    }
}
