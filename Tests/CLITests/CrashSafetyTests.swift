import Foundation
import StoreTestSupport
import Testing
import TraceStore

/// Atomic ingest under SIGKILL, and several processes on one store.
@Suite(.serialized) struct CrashSafetyTests {
    /// A JSON Lines file of `traces` OTLP traces of `spans` spans each.
    static func writeExport(_ url: URL, traces: Int, spans: Int, salt: String) throws {
        var text = ""
        for t in 0..<traces {
            let traceId = String(format: "%08x%024x", t, salt.unicodeScalars.reduce(0) { $0 * 131 + Int($1.value) } & 0xFFFFFF)
            var items: [String] = []
            for s in 0..<spans {
                items.append(#"{"traceId":"\#(traceId)","spanId":"\#(String(format: "%016x", s + 1))","parentSpanId":"\#(s == 0 ? "" : String(format: "%016x", 1))","name":"chat","startTimeUnixNano":"\#(1_700_000_000_000_000_000 + s * 1000)","endTimeUnixNano":"\#(1_700_000_000_000_000_000 + s * 1000 + 900)","attributes":[{"key":"gen_ai.operation.name","value":{"stringValue":"\#(s % 2 == 0 ? "chat" : "execute_tool")"}},{"key":"gen_ai.tool.name","value":{"stringValue":"tool\#(s)"}},{"key":"gen_ai.usage.input_tokens","value":{"intValue":"\#(s)"}}]}"#)
            }
            text += #"{"resourceSpans":[{"scopeSpans":[{"spans":["# + items.joined(separator: ",") + "]}]}]}\n"
        }
        try Data(text.utf8).write(to: url)
    }

    @Test("SIGKILL at random points during ingest never corrupts the store: each run holds all of the file or none of it",
          arguments: StoreBackend.allCases)
    func killDuringIngest(backend: StoreBackend) throws {
        let folder = try CLI.temporaryFolder()
        let db = try backend.newLocation(in: folder)
        let export = folder.appendingPathComponent("export.jsonl")
        try Self.writeExport(export, traces: 400, spans: 40, salt: "kill")
        let kills = Int(ProcessInfo.processInfo.environment["TRACEGATE_KILL_COUNT"] ?? "") ?? 12
        var random = SystemRandomNumberGenerator()
        // Time one full ingest, so kills land anywhere from parsing to the final commit.
        let started = Date()
        #expect(try CLI.run(["ingest", export.path, "--run", "timing", "--db", db]).status == 0)
        let full = UInt32(Date().timeIntervalSince(started) * 1_000_000)
        var killed = 0
        var completed = 0
        for attempt in 0..<kills {
            let process = Process()
            process.executableURL = CLI.binary
            process.arguments = ["ingest", export.path, "--run", "r\(attempt)", "--db", db]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            usleep(UInt32.random(in: (full / 20)...(full * 11 / 10), using: &random))
            if process.isRunning { kill(process.processIdentifier, SIGKILL) }
            process.waitUntilExit()
            // Tally by how the process ended: a kill that lands just after exit finds a completed ingest.
            if process.terminationReason == .uncaughtSignal { killed += 1 }
            if process.terminationReason == .exit, process.terminationStatus == 0 { completed += 1 }
            let store = try StoreBackend.open(db)
            #expect(try StoreBackend.isSound(store))
            let run = try store.runs().first { $0.name == "r\(attempt)" }
            let traces = run?.traces ?? 0
            #expect(traces == 0 || traces == 400, "attempt \(attempt): \(traces) traces of 400")
            #expect(run == nil || run!.spans == 16_000 || run!.spans == 0)
        }
        print("kill test (\(backend)): \(kills) attempts, \(killed) killed mid-ingest, \(completed) completed; integrity ok and all-or-nothing every time")
        #expect(killed + completed == kills)
        #expect(killed > 0, "no ingest was killed mid-way: the export is too small for this machine")
    }

    @Test("two ingests and a score on one store at once all finish, with every trace present once", arguments: StoreBackend.allCases)
    func concurrentProcesses(backend: StoreBackend) throws {
        let folder = try CLI.temporaryFolder()
        let db = try backend.newLocation(in: folder)
        let first = folder.appendingPathComponent("a.jsonl")
        let second = folder.appendingPathComponent("b.jsonl")
        try Self.writeExport(first, traces: 150, spans: 30, salt: "a")
        try Self.writeExport(second, traces: 150, spans: 30, salt: "b")
        let golden = CLI.repositoryRoot.appendingPathComponent("Tests/CLITests/Fixtures/hand.yaml").path
        #expect(try CLI.run(["ingest", CLI.repositoryRoot.appendingPathComponent("Tests/CLITests/Fixtures/hand.jsonl").path,
                             "--run", "hand", "--db", db]).status == 0)
        let runs: [[String]] = [["ingest", first.path, "--run", "shared", "--db", db], ["ingest", second.path, "--run", "shared", "--db", db],
                                ["score", "--run", "hand", "--golden", golden, "--db", db]]
        let processes = try runs.map { arguments -> Process in
            let process = Process()
            process.executableURL = CLI.binary
            process.arguments = arguments
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            return process
        }
        for process in processes { process.waitUntilExit() }
        #expect(processes.map(\.terminationStatus) == [0, 0, 0])
        let store = try StoreBackend.open(db)
        let shared = try store.traceSummaries(run: "shared")
        #expect(shared.count == 300)
        #expect(Set(shared.map(\.traceId)).count == 300)
        #expect(try StoreBackend.isSound(store))
        #expect(try store.scores(run: "hand", golden: "hand").count == 13)
    }
}
