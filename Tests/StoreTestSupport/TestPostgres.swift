import Foundation

/// A real PostgreSQL server for the tests: the one `$TRACEGATE_TEST_POSTGRES` names (a URL whose
/// user may create databases; `.ci/run` starts one), else a throwaway cluster started once per
/// test process with `scripts/postgres-cluster.sh` (Debian's postgresql package) and stopped when
/// the process exits. Each caller gets a database of its own.
public enum TestPostgres {
    /// A new, empty database on the test server, as a URL.
    public static func freshDatabase() throws -> String {
        let admin = try server.get()
        let name = "t_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased().prefix(20)
        try psql(admin, "CREATE DATABASE \(name)")
        return try url(admin, database: String(name))
    }

    /// Runs `sql` against the database at `url` with psql; an error carries psql's output.
    public static func psql(_ url: String, _ sql: String) throws {
        let result = try run(psqlPath, ["-X", "-q", "-v", "ON_ERROR_STOP=1", "-d", url, "-c", sql])
        guard result.status == 0 else { throw Failure("psql \(sql): \(result.output)") }
    }

    /// Starts a cluster of the caller's own in `folder` (creating it the first time); its admin URL.
    /// For tests that stop a server on purpose, which the shared one must never be.
    /// With `tlsPort`, it also listens on 127.0.0.1 at that port with TLS only (a self-signed
    /// certificate for localhost, `folder/server.crt`).
    static func startCluster(in folder: String, tlsPort: Int? = nil) throws -> String {
        let settings = tlsPort.map { ["POSTGRES_CLUSTER_PORT=\($0)", "POSTGRES_CLUSTER_TLS=1"] } ?? []
        let result = try run("/usr/bin/env", settings + [script, "start", folder])
        guard result.status == 0 else { throw Failure("cannot start a PostgreSQL cluster in \(folder): \(result.output)") }
        return result.output.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Stops the cluster in `folder`: `immediate` as a crash would, else cleanly.
    static func stopCluster(in folder: String, immediate: Bool = false) throws {
        _ = try run(script, ["stop", folder] + (immediate ? ["immediate"] : []))
    }

    /// The URL of `database` on the server `admin` points at.
    static func url(_ admin: String, database: String) throws -> String {
        guard var parts = URLComponents(string: admin) else { throw Failure("not a URL: \(admin)") }
        parts.path = "/" + database
        guard let text = parts.string else { throw Failure("cannot build a URL from \(admin)") }
        return text
    }

    /// The server's admin URL, started on first use.
    private static let server: Result<String, Failure> = {
        if let given = ProcessInfo.processInfo.environment["TRACEGATE_TEST_POSTGRES"], !given.isEmpty { return .success(given) }
        let folder = "/tmp/tracegate-pg-\(getpid())"
        do {
            let result = try run(script, ["start", folder])
            guard result.status == 0 else { return .failure(Failure("cannot start a PostgreSQL cluster for the tests: \(result.output)")) }
            startedFolder = strdup(folder)
            atexit {
                guard let folder = TestPostgres.startedFolder else { return }
                _ = try? TestPostgres.run(TestPostgres.script, ["stop", String(cString: folder)])
                try? FileManager.default.removeItem(atPath: String(cString: folder))
            }
            return .success(result.output.trimmingCharacters(in: .whitespacesAndNewlines))
        } catch {
            return .failure(Failure("cannot start a PostgreSQL cluster for the tests: \(error)"))
        }
    }()

    /// The folder of the cluster this process started (read by the exit handler).
    nonisolated(unsafe) private static var startedFolder: UnsafeMutablePointer<CChar>?

    private static let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../scripts/postgres-cluster.sh").standardized.path

    /// psql on the PATH, else the newest in Debian's PostgreSQL folders.
    private static let psqlPath: String = {
        let folders = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":").map(String.init)
            + ((try? FileManager.default.contentsOfDirectory(atPath: "/usr/lib/postgresql")) ?? []).sorted().reversed().map { "/usr/lib/postgresql/\($0)/bin" }
        return folders.map { "\($0)/psql" }.first { FileManager.default.isExecutableFile(atPath: $0) } ?? "psql"
    }()

    /// Runs a program and waits for it, its output collected in a file: posix_spawn and waitpid,
    /// because Foundation's Process could wait forever here for a script whose server lives on.
    private static func run(_ executable: String, _ arguments: [String]) throws -> (status: Int32, output: String) {
        let log = FileManager.default.temporaryDirectory.appendingPathComponent("tracegate-pg-\(UUID().uuidString).log").path
        defer { try? FileManager.default.removeItem(atPath: log) }
        var actions: posix_spawn_file_actions_t = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, log, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        let program = executable.hasPrefix("/") ? executable : "/usr/bin/env"
        let argv = [program] + (executable.hasPrefix("/") ? arguments : [executable] + arguments)
        var cArguments = argv.map { strdup($0) } + [nil]
        defer { cArguments.forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, program, &actions, nil, &cArguments, environ)
        guard spawned == 0 else { throw Failure("cannot start \(program): \(String(cString: strerror(spawned)))") }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        let output = (try? String(contentsOfFile: log, encoding: .utf8)) ?? ""
        let exited = status & 0x7F == 0
        return (exited ? (status >> 8) & 0xFF : 128 + (status & 0x7F), output)
    }

    /// Why the test server could not be used.
    public struct Failure: Error, CustomStringConvertible {
        public let description: String
        init(_ description: String) { self.description = description }
    }
}
