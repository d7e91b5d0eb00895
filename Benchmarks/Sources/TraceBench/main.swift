import Foundation
import TraceEval
import TraceIngest
import TraceModel
import TraceReport
import TraceStore
import TraceJSON

// tracegate-bench generate DIR [MB]      writes the workloads
// tracegate-bench row NAME DIR [REPEATS] measures one row (see Rows.names); prints one JSON result
// tracegate-bench gate DIR                the gate pipeline once, phase by phase (for profiling)
// tracegate-bench ingest-rss FILE         ingests FILE into a fresh store; prints this process's peak RSS (MB)

let arguments = Array(CommandLine.arguments.dropFirst())
guard let command = arguments.first, arguments.count >= 2 else {
    print("usage: tracegate-bench generate DIR [MB] | row NAME DIR [REPEATS] | gate DIR | golden DIR [REPEATS] | ingest-rss FILE")
    exit(64)
}
let path = arguments[1]
let folder = URL(fileURLWithPath: path)

func mb(_ url: URL) -> Double {
    Double((try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int) ?? 0) / 1_000_000
}

/// The stores this process made, removed when it exits (a gate row writes two of about 170 MB).
nonisolated(unsafe) var madeStores: [String] = []
atexit {
    for path in madeStores {
        for suffix in ["", "-wal", "-shm", "-lock", "-journal"] { unlink(path + suffix) }
    }
}

func freshStore(_ name: String) throws -> SQLiteStore {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("tracegate-bench-\(name)-\(UUID().uuidString).sqlite")
    madeStores.append(url.path)
    return try SQLiteStore(path: url.path)
}

/// The golden dataset the workload generator wrote beside the traces.
func loadGolden(_ data: URL = folder) throws -> GoldenDataset {
    try GoldenLoader().load(String(contentsOf: data.appendingPathComponent("golden.yaml"), encoding: .utf8), file: "golden.yaml")
}

func ingest(_ file: String, into store: TraceStore, run: String) throws -> Int {
    try Ingestor().prefetch(file: file) { next, report in
        try store.insert(file: file, run: run, at: "bench", batches: next, described: { (report().format.rawValue, report().bytes) })
    }.report.spans
}

switch command {
case "generate":
    let megabytes = arguments.count > 2 ? Int(arguments[2]) ?? 100 : 100
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let (traces, spans) = try Workload.otlp(folder.appendingPathComponent("otlp.jsonl"), megabytes: megabytes)
    var gateTraces = 0
    for (name, salt) in [("gate-baseline.jsonl", 1), ("gate-candidate.jsonl", 2)] {
        let url = folder.appendingPathComponent(name)
        let lines = (0..<10_000).map { Workload.trace(index: $0, salt: salt) }
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: url)
        gateTraces = lines.count
    }
    try Workload.messages(folder.appendingPathComponent("messages.jsonl"), count: 10_000)
    try Data(Workload.golden().utf8).write(to: folder.appendingPathComponent("golden.yaml"))
    print("wrote \(traces) traces (\(spans) spans) of OTLP, 2 × \(gateTraces) gate traces, 10000 message trajectories under \(path)")

case "row":
    // One row in a process of its own, so its peak RSS is its own: tracegate-bench row NAME DIR REPEATS.
    guard arguments.count >= 3 else { print("usage: tracegate-bench row NAME DIR [REPEATS]"); exit(64) }
    let row = arguments[1]
    let data = URL(fileURLWithPath: arguments[2])
    let repeats = arguments.count > 3 ? Int(arguments[3]) ?? 3 : 3
    let result = try Rows.measure(row, folder: data, repeats: repeats)
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    print(String(decoding: try encoder.encode(result), as: UTF8.self))

case "gate":
    let seconds = try GatePipeline.run(folder: folder)
    for (phase, time) in zip(GatePipeline.phases + ["total"], seconds + [seconds.reduce(0, +)]) {
        print(phase.padding(toLength: 32, withPad: " ", startingAt: 0) + String(format: "%7.3f s", time))
    }

case "golden":
    // Loads the workload's golden dataset REPEATS times; prints the median seconds and the case count.
    let repeats = arguments.count > 2 ? Int(arguments[2]) ?? 5 : 5
    let result = try Measure.repeatTiming("load golden", unit: "s", repeats: repeats, rate: { $0 }) { _ = try loadGolden() }
    print(String(format: "%d cases: median %.3f s (min %.3f, max %.3f)", try loadGolden().cases.count, result.median, result.min, result.max))

case "ingest-rss":
    let spans = try ingest(path, into: try freshStore("rss"), run: "rss")
    print(String(format: #"{"file_mb": %.1f, "spans": %d, "peak_rss_mb": %.1f}"#, mb(folder), spans, Measure.peakRSSMegabytes()))

default:
    print("unknown command \(command)")
    exit(64)
}
