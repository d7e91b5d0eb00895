import Foundation
import StoreTestSupport
import Testing

/// `tracegate serve` against real clients: the OpenTelemetry Python SDK's OTLP/HTTP exporter
/// (protobuf, gzip on and off), a JSON client, hostile requests, and SIGTERM while traces are held.
@Suite(.serialized) struct ServeTests {
    static let ops = CLI.repositoryRoot.appendingPathComponent("datasets/ops-llm-led/traces.otlp.jsonl").path
    static let golden = CLI.repositoryRoot.appendingPathComponent("golden/ops.yaml").path
    static let replay = CLI.repositoryRoot.appendingPathComponent("scripts/otel_sdk_replay.py").path

    /// A running `tracegate serve` on a free loopback port.
    final class Server {
        let process = Process()
        let port: Int
        private let errors = Pipe()
        private(set) var log = ""

        init(db: String, _ extra: [String] = []) throws {
            process.executableURL = CLI.binary
            process.arguments = ["serve", "--port", "0", "--db", db] + extra
            process.standardError = errors
            process.standardOutput = FileHandle.nullDevice
            try process.run()
            var text = ""
            let deadline = Date().addingTimeInterval(30)
            while !text.contains("listening on http://"), Date() < deadline {
                let chunk = errors.fileHandleForReading.availableData
                if chunk.isEmpty { break }
                text += String(decoding: chunk, as: UTF8.self)
            }
            log = text
            let found = text.range(of: #"listening on http://127\.0\.0\.1:(\d+)"#, options: .regularExpression).map { String(text[$0]) }
            port = Int(found?.split(separator: ":").last ?? "") ?? 0
        }

        var endpoint: String { "http://127.0.0.1:\(port)/v1/traces" }

        /// SIGTERM, then the exit status and everything it logged.
        func stop() -> (status: Int32, log: String) {
            process.terminate()
            let rest = errors.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            return (process.terminationStatus, log + String(decoding: rest, as: UTF8.self))
        }
    }

    /// Runs a Python program; its standard output.
    static func python(_ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3"] + arguments
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    /// POSTs `body` (a file) with `headers`; the status code and the response body.
    static func post(_ endpoint: String, file: String, headers: [String: String]) throws -> (status: Int, body: String) {
        let script = """
            import sys, json, urllib.request, urllib.error
            request = urllib.request.Request(sys.argv[1], data=open(sys.argv[2], 'rb').read(), method='POST', headers=json.loads(sys.argv[3]))
            try:
                response = urllib.request.urlopen(request, timeout=20); print(response.status); print(response.headers.get('Retry-After') or '')
                sys.stdout.write(response.read().decode('latin-1'))
            except urllib.error.HTTPError as e:
                print(e.code); print(e.headers.get('Retry-After') or ''); sys.stdout.write(e.read().decode('latin-1'))
            """
        let headerJSON = String(decoding: try JSONSerialization.data(withJSONObject: headers), as: UTF8.self)
        let result = try python(["-c", script, endpoint, file, headerJSON])
        let lines = result.output.split(separator: "\n", maxSplits: 2, omittingEmptySubsequences: false)
        return (Int(lines.first ?? "") ?? 0, lines.dropFirst().joined(separator: "\n"))
    }

    /// The case scores of `run` as the score command prints them in JSON.
    static func cases(_ run: String, db: String) throws -> String {
        let result = try CLI.run(["score", "--run", run, "--golden", golden, "--db", db, "--json", "-"])
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        return String(decoding: try JSONSerialization.data(withJSONObject: object?["cases"] ?? [], options: [.sortedKeys]), as: UTF8.self)
    }

    @Test("the Python SDK's exporter (protobuf, gzip and not) lands every span, and the runs score like the file", .timeLimit(.minutes(3)),
          arguments: StoreBackend.allCases)
    func realExporter(backend: StoreBackend) throws {
        let folder = try CLI.temporaryFolder()
        let db = try backend.newLocation(in: folder)
        let server = try Server(db: db, ["--settle-seconds", "0.2"])
        try #require(server.port > 0, "\(server.log)")
        for (run, compression) in [("sdk-gzip", "gzip"), ("sdk-plain", "none")] {
            let sent = try Self.python([Self.replay, server.endpoint, Self.ops, compression, run])
            try #require(sent.status == 0, "install opentelemetry-sdk and opentelemetry-exporter-otlp-proto-http (.ci/run does)")
            #expect(sent.output.trimmingCharacters(in: .whitespacesAndNewlines) == "138")
        }
        let (status, log) = server.stop()
        #expect(status == 0, "\(log)")
        #expect(try CLI.run(["ingest", Self.ops, "--run", "file", "--db", db]).status == 0)
        let runs = try JSONSerialization.jsonObject(with: Data(try CLI.run(["runs", "--db", db, "--json", "-"]).stdout.utf8)) as? [[String: Any]] ?? []
        let spans = Dictionary(uniqueKeysWithValues: runs.map { ($0["name"] as? String ?? "", $0["spans"] as? Int ?? 0) })
        #expect(spans == ["sdk-gzip": 138, "sdk-plain": 138, "file": 138])
        let fromFile = try Self.cases("file", db: db)
        #expect(fromFile.count > 100)
        #expect(try Self.cases("sdk-gzip", db: db) == fromFile)
        #expect(try Self.cases("sdk-plain", db: db) == fromFile)
    }

    @Test("an instrumented agent loop exports straight to serve and its run scores as the metric definitions say", .timeLimit(.minutes(2)))
    func agentLoop() throws {
        let folder = try CLI.temporaryFolder()
        let db = folder.appendingPathComponent("s.sqlite").path
        let server = try Server(db: db, ["--settle-seconds", "0.2"])
        try #require(server.port > 0, "\(server.log)")
        let loop = CLI.repositoryRoot.appendingPathComponent("scripts/otel_agent_loop.py").path
        let sent = try Self.python([loop, server.endpoint, "live"])
        try #require(sent.status == 0, "install opentelemetry-sdk and opentelemetry-exporter-otlp-proto-http (.ci/run does)")
        #expect(server.stop().status == 0)
        let golden = folder.appendingPathComponent("live.yaml")
        try Data("""
            version: 1
            name: live
            cases:
              - id: live-report
                route: ops
                expected:
                  tools: [get_report]
                  trajectory:
                    steps:
                      - get_report: {entity: cluster-a}
                  outcome: {answer_contains: ["p95 latency"]}
              - id: live-config
                route: ops
                expected:
                  tools: [get_report, check_config]
                  trajectory:
                    steps: [get_report, check_config]
            """.utf8).write(to: golden)
        let result = try CLI.run(["score", "--run", "live", "--golden", golden.path, "--db", db, "--json", "-"])
        let cases = (try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])?["cases"] as? [[String: Any]] ?? []
        func score(_ id: String, _ metric: String) -> (Double?, Bool?) {
            let entry = (cases.first { $0["case"] as? String == id }?["scores"] as? [String: Any])?[metric] as? [String: Any]
            return (entry?["score"] as? Double, entry?["passed"] as? Bool)
        }
        // live-report: the one expected call with its argument, and the answer holds "p95 latency".
        #expect(score("live-report", "tool_selection_accuracy") == (1, true))
        #expect(score("live-report", "trajectory_score") == (1, true))
        #expect(score("live-report", "task_completion") == (1, true))
        // live-config: check_config never called. Selection: W = 1, P = 1/1, R = 1/2, F1 = 2·1·½ / 1½ = 2/3.
        // Trajectory (in order by default): LCS weight 1 of |E| = 2, so 1/2.
        let (selection, selectionPassed) = score("live-config", "tool_selection_accuracy")
        // (the JSON report rounds to six decimals)
        #expect(abs((selection ?? 0) - 2.0 / 3.0) < 1e-6 && selectionPassed == false)
        #expect(score("live-config", "trajectory_score") == (0.5, false))
    }

    @Test("JSON bodies, wrong content types, bad bodies, oversized and inflating bodies get their documented answers", .timeLimit(.minutes(2)))
    func answers() throws {
        let folder = try CLI.temporaryFolder()
        let db = folder.appendingPathComponent("s.sqlite").path
        let server = try Server(db: db, ["--max-request-mb", "1", "--settle-seconds", "0.1"])
        try #require(server.port > 0, "\(server.log)")
        let line = folder.appendingPathComponent("one.json")
        let first = try String(contentsOfFile: Self.ops, encoding: .utf8).split(separator: "\n")[0]
        try Data(first.utf8).write(to: line)
        let json = ["Content-Type": "application/json"]
        let ok = try Self.post(server.endpoint, file: line.path, headers: json.merging(["x-tracegate-run": "json"]) { $1 })
        #expect(ok.status == 200 && ok.body.contains("{}"), "\(ok)")
        #expect(try Self.post(server.endpoint, file: line.path, headers: ["Content-Type": "text/plain"]).status == 415)
        #expect(try Self.post(server.endpoint, file: line.path, headers: json.merging(["Content-Encoding": "br"]) { $1 }).status == 415)
        let bad = folder.appendingPathComponent("bad.json")
        try Data("{\"resourceSpans\": 5}".utf8).write(to: bad)
        let refused = try Self.post(server.endpoint, file: bad.path, headers: json)
        #expect(refused.status == 400 && refused.body.contains("resourceSpans"), "\(refused)")
        // One span without a span id among good ones: accepted, the bad one counted.
        let partial = folder.appendingPathComponent("partial.json")
        try Data(first.replacingOccurrences(of: "\"spanId\":\"3a784098f17da753\"", with: "\"spanId\":\"\"").utf8).write(to: partial)
        let answered = try Self.post(server.endpoint, file: partial.path, headers: json.merging(["x-tracegate-run": "partial"]) { $1 })
        #expect(answered.status == 200 && answered.body.contains("\"rejectedSpans\":\"1\""), "\(answered)")
        let big = folder.appendingPathComponent("big.json")
        try Data(repeating: 0x20, count: 2 << 20).write(to: big)
        #expect(try Self.post(server.endpoint, file: big.path, headers: json).status == 413)
        let bomb = folder.appendingPathComponent("bomb.gz")
        try CompressedFixture.gzip(big, to: bomb)
        #expect(try Self.post(server.endpoint, file: bomb.path, headers: json.merging(["Content-Encoding": "gzip"]) { $1 }).status == 413)
        let (status, log) = server.stop()
        #expect(status == 0, "\(log)")
        let runs = try CLI.run(["runs", "--db", db])
        #expect(runs.stdout.contains("json") && runs.stdout.contains("partial"), "\(runs.stdout)")
    }

    @Test("a full queue answers 503 with Retry-After; SIGTERM writes every acknowledged trace before exiting", .timeLimit(.minutes(2)),
          arguments: StoreBackend.allCases)
    func backpressureAndDrain(backend: StoreBackend) throws {
        let folder = try CLI.temporaryFolder()
        let db = try backend.newLocation(in: folder)
        // Traces are held (a long settle) and the queue holds few spans, so the second request finds it full.
        let server = try Server(db: db, ["--max-pending-spans", "5", "--settle-seconds", "60", "--idle-seconds", "120"])
        try #require(server.port > 0, "\(server.log)")
        let lines = try String(contentsOfFile: Self.ops, encoding: .utf8).split(separator: "\n")
        let first = folder.appendingPathComponent("first.json")
        let second = folder.appendingPathComponent("second.json")
        try Data(lines[0].utf8).write(to: first)
        try Data(lines[1].utf8).write(to: second)
        let json = ["Content-Type": "application/json", "x-tracegate-run": "held"]
        #expect(try Self.post(server.endpoint, file: first.path, headers: json).status == 200)
        let busy = try Self.post(server.endpoint, file: second.path, headers: json)
        #expect(busy.status == 503, "\(busy)")
        #expect(busy.body.hasPrefix("1"), "Retry-After: \(busy.body)")
        let (status, log) = server.stop()
        #expect(status == 0, "\(log)")
        // The acknowledged trace was held (not yet settled) and is in the store after SIGTERM.
        let show = try CLI.run(["runs", "--db", db, "--json", "-"])
        let runs = try JSONSerialization.jsonObject(with: Data(show.stdout.utf8)) as? [[String: Any]] ?? []
        #expect(runs.map { $0["name"] as? String } == ["held"] && runs.first?["traces"] as? Int == 1, "\(show.stdout)")
    }
}

extension ServeTests {
    @Test("serve outlives a PostgreSQL restart: spans acknowledged while the server was down are written once it is back",
          .timeLimit(.minutes(3)))
    func databaseRestart() throws {
        let cluster = try OwnCluster()
        let db = cluster.store
        let server = try Server(db: db, ["--settle-seconds", "0.2"])
        try #require(server.port > 0, "\(server.log)")
        #expect(try Self.python([Self.replay, server.endpoint, Self.ops, "none", "before"]).output.contains("138"))
        usleep(1_500_000)  // settled and written
        try cluster.stop()
        // Accepted while the database is down: held, and retried by the writer.
        #expect(try Self.python([Self.replay, server.endpoint, Self.ops, "gzip", "during"]).output.contains("138"))
        usleep(1_500_000)
        try cluster.restart()
        let (status, log) = server.stop()
        #expect(status == 0, "\(log)")
        let runs = try JSONSerialization.jsonObject(with: Data(try CLI.run(["runs", "--db", db, "--json", "-"]).stdout.utf8)) as? [[String: Any]] ?? []
        let spans = Dictionary(uniqueKeysWithValues: runs.map { ($0["name"] as? String ?? "", $0["spans"] as? Int ?? 0) })
        #expect(spans == ["before": 138, "during": 138], "\(log)")
        #expect(log.contains("into run 'during' (kept, will retry)"), "the writer never met the stopped database: \(log)")
    }
}

/// docs/serve.md stays in step with the command.
@Suite struct ServeDocumentationTests {
    @Test("every option of 'tracegate serve --help' is named in docs/serve.md")
    func options() throws {
        let help = try CLI.run(["serve", "--help"]).stdout
        let page = try String(contentsOf: CLI.repositoryRoot.appendingPathComponent("docs/serve.md"), encoding: .utf8)
        let options = Set(help.matches(of: /--[a-z][a-z-]+/).map { String($0.output) }).subtracting(["--help", "--version"])
        #expect(options.count >= 8, "\(options)")
        #expect(options.filter { !page.contains($0) }.sorted().isEmpty, "\(options.filter { !page.contains($0) }.sorted())")
    }
}
