import Foundation
import TraceEval
import TraceIngest
import TraceJSON
import TraceStore

/// The benchmark's rows, each measured in a process of its own (`tracegate-bench row NAME DIR`).
enum Rows {
    /// Every row, in the order `run.sh` prints them.
    static let names = ["parse-strict", "parse-simdjson", "parse-foundation", "ingest", "score", "golden", "gate-pipeline"]

    /// Measures `row`; the result carries this process's peak RSS.
    static func measure(_ row: String, folder: URL, repeats: Int) throws -> Measure.Result {
        let otlp = folder.appendingPathComponent("otlp.jsonl")
        let size = mb(otlp)
        var phases: [Measure.Result]?
        var result: Measure.Result
        switch row {
        case "parse-strict", "parse-simdjson", "parse-foundation":
            let lines = try [UInt8](Data(contentsOf: otlp)).split(separator: 0x0A)
            let parser = JSONDocumentParser()
            result = try Measure.repeatTiming("parse OTLP/JSON (\(row.dropFirst(6)))", unit: "MB/s", repeats: repeats, rate: { size / $0 }) {
                for line in lines {
                    switch row {
                    case "parse-strict": _ = try JSONParser.parse(line)
                    case "parse-simdjson": _ = try parser.parse(line)
                    default: _ = try JSONSerialization.jsonObject(with: Data(line))
                    }
                }
            }
        case "ingest":
            result = try Measure.repeatTiming("ingest OTLP end to end into SQLite", unit: "MB/s", repeats: repeats, rate: { size / $0 }) {
                _ = try ingest(otlp.path, into: try freshStore("ingest"), run: "bench")
            }
        case "score":
            let golden = try loadGolden(folder)
            let messages = folder.appendingPathComponent("messages.jsonl")
            result = try Measure.repeatTiming("score 10,000 message trajectories (parse included)", unit: "trajectories/s",
                                              repeats: repeats, rate: { 10_000 / $0 }) {
                let traces = try Ingestor().read(file: messages.path).traces
                _ = Scorer(dataset: golden, options: EvaluationOptions(trajectoryMode: .containsExpected, argsMatch: .exact)).score(traces, run: "m")
            }
        case "golden":
            result = try Measure.repeatTiming("load the 10,000-case golden file", unit: "s", repeats: repeats, rate: { $0 }) {
                _ = try loadGolden(folder)
            }
        case "gate-pipeline":
            var runs: [[Double]] = []
            for _ in 0..<repeats { runs.append(try GatePipeline.run(folder: folder)) }
            result = Measure.summary("gate pipeline in one process, 2 × 10,000 traces, 10,000-case golden", unit: "s",
                                     values: runs.map { $0.reduce(0, +) })
            phases = GatePipeline.phases.enumerated().map { index, phase in
                Measure.summary(phase, unit: "s", values: runs.map { $0[index] })
            }
        default:
            throw CocoaError(.featureUnsupported, userInfo: [NSLocalizedDescriptionKey: "unknown row \(row); rows: \(names.joined(separator: ", "))"])
        }
        result.phases = phases
        result.peakRSSMB = Measure.peakRSSMegabytes()
        return result
    }
}
