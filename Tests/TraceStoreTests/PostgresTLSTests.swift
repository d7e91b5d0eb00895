import Foundation
import StoreTestSupport
import Testing
import TracePostgres
import TraceStore

/// TLS to PostgreSQL as libpq's sslmode says, against a real server that refuses TCP without TLS
/// and presents a self-signed certificate for 'localhost'.
@Suite struct PostgresTLSTests {
    @Test("prefer and require encrypt without checking; verify-full and verify-ca check the certificate against sslrootcert and the host")
    func sslModes() throws {
        let cluster = try OwnCluster(tls: true)
        let port = try #require(cluster.tlsPort)
        let certificate = cluster.folder + "/server.crt"
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
        #expect(open("localhost", "sslmode=verify-full&sslrootcert=\(cluster.folder)/missing.crt").contains("the sslrootcert file"))
        #expect(open("localhost", "sslmode=verify-full&sslrootcert=\(certificate)") == "connected")
        #expect(open("127.0.0.1", "sslmode=verify-full&sslrootcert=\(certificate)").contains("does not name this host"))
        #expect(open("127.0.0.1", "sslmode=verify-ca&sslrootcert=\(certificate)") == "connected")
    }
}
