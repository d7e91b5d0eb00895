import Foundation
import TraceIngest
import TraceStore

/// Reads files one by one and stores each in its own transaction, reporting warnings and progress.
struct IngestRunner {
    let ingestor: Ingestor
    let store: TraceStore

    func ingest(files: [String], run: String) throws -> IngestSummary {
        var summary = IngestSummary()
        for (index, file) in files.enumerated() {
            let size = (try? FileManager.default.attributesOfItem(atPath: file)[.size] as? Int) ?? 0
            if files.count > 1 || size > 16 << 20 {
                let megabytes = size > 1 << 20 ? " (\(size >> 20) MB)" : ""
                Console.progress("[\(index + 1)/\(files.count)] reading \(file)\(megabytes)…")
            }
            let result: FileIngest
            do {
                result = try ingestor.read(file: file)
            } catch {
                Console.endProgress()
                if index > 0 {
                    Console.warn("the \(index) file(s) before this one were stored in run '\(run)'; this file changed nothing")
                }
                throw error
            }
            for skipped in result.skipped { Console.warn("\(skipped.file):\(skipped.line): skipped: \(skipped.reason)") }
            for warning in result.warnings { Console.warn(warning.description) }
            let batch = IngestBatch(file: file, format: result.format.rawValue, bytes: result.bytes, traces: result.traces)
            let written = try store.insert(batch, run: run, at: Console.now())
            summary.add(result, replaced: written.replaced)
        }
        Console.endProgress()
        return summary
    }
}
