import Foundation
import PostgresTestSupport
import Testing
import TracePostgres
import TraceStore

/// TLS to PostgreSQL as libpq's sslmode says, against a real server that refuses TCP without TLS
/// and presents a self-signed certificate for 'localhost'.
@Suite struct PostgresTLSTests {
    @Test("prefer and require encrypt without checking; verify-full and verify-ca check the certificate against sslrootcert and the host")
    func sslModes() throws {
        let folder = "/tmp/tracegate-pg-tls-\(getpid())-\(UUID().uuidString.prefix(6))"
        defer {
            try? TestPostgres.stopCluster(in: folder)
            try? FileManager.default.removeItem(atPath: folder)
        }
        var started: (port: Int, url: String)?
        for _ in 0..<5 where started == nil {
            let port = Int.random(in: 20_000...60_000)
            if let url = try? TestPostgres.startCluster(in: folder, tlsPort: port) { started = (port, url) }
        }
        let (port, admin) = try #require(started)
        try TestPostgres.psql(admin, "CREATE DATABASE store")
        let certificate = folder + "/server.crt"
        func open(_ host: String, _ parameters: String) -> String {
            do {
                let store = try PostgresStore(url: "postgres://postgres@\(host):\(port)/store?\(parameters)")
                return try store.runs().isEmpty ? "connected" : "connected, with runs"
            } catch {
                return "\(error)"
            }
        }
        // The server refuses TCP without TLS, so a connection that gets in was encrypted.
        #expect(open("localhost", "sslmode=disable").contains("no encryption"))
        #expect(open("localhost", "sslmode=prefer") == "connected")
        #expect(open("localhost", "sslmode=require") == "connected")
        #expect(open("localhost", "sslmode=verify-full").contains("not signed by an authority tracegate trusts"))
        #expect(open("localhost", "sslmode=verify-full&sslrootcert=\(folder)/missing.crt").contains("the sslrootcert file"))
        #expect(open("localhost", "sslmode=verify-full&sslrootcert=\(certificate)") == "connected")
        #expect(open("127.0.0.1", "sslmode=verify-full&sslrootcert=\(certificate)").contains("does not name this host"))
        #expect(open("127.0.0.1", "sslmode=verify-ca&sslrootcert=\(certificate)") == "connected")
    }
}
