import PostgresNIO

/// What the PostgreSQL client's errors mean, in sentences.
enum PostgresErrorText {
    /// A database error in the server's own words, with its SQLSTATE code.
    static func plain(_ error: Error) -> String {
        guard let error = error as? PSQLError else { return String(describing: error) }
        if let info = error.serverInfo, let message = info[.message] {
            return message + (info[.detail].map { " (\($0))" } ?? "") + (info[.sqlState].map { " [SQLSTATE \($0)]" } ?? "")
        }
        if error.code == .serverClosedConnection || error.code == .clientClosedConnection {
            return ConnectionLost().description + " (the server stopped, or the network failed); a transaction it had not committed is rolled back"
        }
        if let underlying = error.underlying { return String(describing: underlying) }
        return "\(error.code)"
    }

    /// Why a connection failed, in a sentence: the server's own words when it answered, else what
    /// the network said, plainly.
    static func connectionProblem(_ error: Error) -> String {
        let text = plain(error)
        if text.contains("Connection refused") { return "the server refused the connection (is PostgreSQL running and listening there?)" }
        if text.contains("Name or service not known") || text.contains("UnknownHost") { return "the host name is not known" }
        if text.contains("No such file or directory") { return "there is no server socket there (is PostgreSQL running, and is the socket folder right?)" }
        if text.contains("connectTimeout") || text.contains("Timeout") { return "no answer within connect_timeout (10 seconds unless the URL says)" }
        if text.contains("CERTIFICATE_VERIFY_FAILED") {
            return "the server's TLS certificate is not signed by an authority tracegate trusts "
                + "(name its authority with sslrootcert=FILE, or encrypt without checking with sslmode=require)"
        }
        if text.contains("failedToValidateHostname") {
            return "the server's TLS certificate does not name this host (connect by the name it was issued for, or check only its authority with sslmode=verify-ca)"
        }
        return text
    }
}
