import Foundation
import TraceEval
import TraceIngest

/// One fuzz input through one reader or loader. Errors are the expected outcome for most inputs;
/// a crash, a hang or an unbounded allocation is a finding.
public enum FuzzSupport {
    /// Runs libFuzzer's driver with `callback` as the target (the process's arguments go to libFuzzer).
    public static func run(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>,
                           _ callback: @escaping @convention(c) (UnsafePointer<UInt8>, Int) -> Int32) -> Int32 {
        var count = argc
        var arguments: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = argv
        return LLVMFuzzerRunDriver(&count, &arguments, callback)
    }

    /// Reads `bytes` as `format` (nil: sniff), normalizing every trace.
    public static func ingest(_ data: UnsafePointer<UInt8>, _ size: Int, format: TraceFormat?) -> Int32 {
        let bytes = Array(UnsafeBufferPointer(start: data, count: size))
        _ = try? Ingestor(options: IngestOptions(format: format)).read(bytes: bytes, file: "fuzz.json")
        return 0
    }

    /// Loads `bytes` as a golden dataset (YAML or JSON).
    public static func golden(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
        let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
        _ = try? GoldenLoader().load(text, file: "fuzz.yaml")
        return 0
    }

    /// Reads `bytes` as a baseline file and, when valid, reconciles it with a small golden dataset.
    public static func baseline(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
        guard let file = try? BaselineFile.decode(Data(bytes: data, count: size), file: "fuzz.json") else { return 0 }
        let dataset = GoldenDataset(name: file.golden, cases: file.cases.prefix(4).map { GoldenCase(id: $0.caseId, route: $0.route) })
        let score = Scorer(dataset: dataset).score([], run: "fuzz")
        _ = try? GateService(dataset: dataset).run(baseline: .file(file, path: "fuzz.json"), candidate: score)
        return 0
    }

    /// Loads `bytes` as a gate configuration.
    public static func gateConfig(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
        let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
        _ = try? GateConfigLoader().load(text, file: "fuzz.yaml")
        return 0
    }
}

@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(_ argc: UnsafeMutablePointer<Int32>,
                         _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
                         _ callback: @convention(c) (UnsafePointer<UInt8>, Int) -> Int32) -> Int32
