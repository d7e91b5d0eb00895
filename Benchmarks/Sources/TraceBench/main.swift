import Foundation
import TraceEval
import TraceIngest
import TraceModel
import TraceReport
import TraceStore
import TraceJSON

// tracegate-bench generate DIR [MB]      writes the workloads
// tracegate-bench run DIR [REPEATS]      measures; prints JSON results to stdout
// tracegate-bench gate DIR                the gate pipeline once, phase by phase (for profiling)
// tracegate-bench ingest-rss FILE         ingests FILE into a fresh store; prints this process's peak RSS (MB)

let arguments = Array(CommandLine.arguments.dropFirst())
guard let command = arguments.first, arguments.count >= 2 else {
    print("usage: tracegate-bench generate DIR [MB] | run DIR [REPEATS] | gate DIR | ingest-rss FILE")
    exit(64)
}
let path = arguments[1]
let folder = URL(fileURLWithPath: path)

func mb(_ url: URL) -> Double {
    Double((try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int) ?? 0) / 1_000_000
}

func freshStore(_ name: String) throws -> TraceStore {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("tracegate-bench-\(name)-\(UUID().uuidString).sqlite")
    return try TraceStore(path: url.path)
}

/// The golden dataset the workload generator wrote beside the traces.
func loadGolden() throws -> GoldenDataset {
    try GoldenLoader().load(String(contentsOf: folder.appendingPathComponent("golden.yaml"), encoding: .utf8), file: "golden.yaml")
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

case "run":
    let repeats = arguments.count > 2 ? Int(arguments[2]) ?? 5 : 5
    let otlp = folder.appendingPathComponent("otlp.jsonl")
    let size = mb(otlp)
    let bytes = try [UInt8](Data(contentsOf: otlp))
    let lines = bytes.split(separator: 0x0A)
    let spans = lines.count * 10
    var results: [Measure.Result] = []
    results.append(try Measure.repeatTiming("parse OTLP (tracegate JSONParser, the strict fallback)", unit: "MB/s", repeats: repeats, rate: { size / $0 }) {
        for line in lines { _ = try JSONParser.parse(line) }
    })
    results.append(try Measure.repeatTiming("parse OTLP (simdjson DOM through CSimdJSON, tape read by JSONView)", unit: "MB/s",
                                            repeats: repeats, rate: { size / $0 }) {
        let parser = JSONDocumentParser()
        for line in lines { _ = try parser.parse(line) }
    })
    results.append(try Measure.repeatTiming("parse OTLP (Foundation JSONSerialization)", unit: "MB/s", repeats: repeats, rate: { size / $0 }) {
        for line in lines { _ = try JSONSerialization.jsonObject(with: Data(line)) }
    })
    results.append(try Measure.repeatTiming("ingest OTLP end to end into SQLite", unit: "MB/s", repeats: repeats, rate: { size / $0 }) {
        _ = try ingest(otlp.path, into: try freshStore("ingest"), run: "bench")
    })
    results.append(Measure.Result(name: "ingest OTLP end to end into SQLite (spans/s)", unit: "spans/s",
                                  median: Double(spans) / (size / results[3].median), min: Double(spans) / (size / results[3].min),
                                  max: Double(spans) / (size / results[3].max), repeats: repeats))
    let golden = try loadGolden()
    let messages = folder.appendingPathComponent("messages.jsonl")
    results.append(try Measure.repeatTiming("score message trajectories (parse included)", unit: "trajectories/s", repeats: repeats, rate: { 10_000 / $0 }) {
        let traces = try Ingestor().read(file: messages.path).traces
        _ = Scorer(dataset: golden, options: EvaluationOptions(trajectoryMode: .containsExpected, argsMatch: .exact)).score(traces, run: "m")
    })
    var phaseRuns: [[Double]] = []
    for _ in 0..<repeats { phaseRuns.append(try GatePipeline.run(folder: folder, golden: golden)) }
    results.append(Measure.summary("gate pipeline, 10,000 traces (ingest 2 runs, score, compare, gate, reports)", unit: "s",
                                   values: phaseRuns.map { $0.reduce(0, +) }))
    for (index, phase) in GatePipeline.phases.enumerated() {
        results.append(Measure.summary("  gate phase: \(phase)", unit: "s", values: phaseRuns.map { $0[index] }))
    }
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
    struct Report: Codable { var inputMB: Double; var spans: Int; var results: [Measure.Result]; var peakRSSMB: Double }
    let report = Report(inputMB: size, spans: spans, results: results, peakRSSMB: Measure.peakRSSMegabytes())
    print(String(decoding: try encoder.encode(report), as: UTF8.self))

case "gate":
    let golden = try loadGolden()
    let seconds = try GatePipeline.run(folder: folder, golden: golden)
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
