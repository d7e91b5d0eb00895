import Foundation
import TraceIngest
import TraceStore

/// Reads files one by one and stores each in its own transaction, reporting warnings and progress.
struct IngestRunner {
    let ingestor: Ingestor
    let store: TraceStore
    /// Replace the run's traces with these files' (the old ones go with the first file's transaction).
    var replace = false
    /// Metadata recorded with the run (with the first file's transaction).
    var meta: [String: String] = [:]

    func ingest(files: [String], run: String) throws -> IngestSummary {
        var summary = IngestSummary()
        for (index, file) in files.enumerated() {
            let size = (try? FileManager.default.attributesOfItem(atPath: file)[.size] as? Int) ?? 0
            if files.count > 1 || size > 16 << 20 {
                let megabytes = size > 1 << 20 ? " (\(size >> 20) MB)" : ""
                Console.progress("[\(index + 1)/\(files.count)] reading \(file)\(megabytes)…")
            }
            let report: FileReport
            let written: InsertSummary
            do {
                let started = Date()
                let label = "[\(index + 1)/\(files.count)] \(file)"
                let progress = { (bytes: Int) in
                    guard size > 16 << 20 else { return }
                    let seconds = max(Date().timeIntervalSince(started), 0.001)
                    let rate = Double(bytes) / 1_048_576 / seconds
                    // A compressed file yields more bytes than it holds: no percentage then, only what was read.
                    Console.progress(bytes <= size
                        ? String(format: "%@: %.0f%% of %d MB, %.0f MB/s", label, 100 * Double(bytes) / Double(max(size, 1)), size >> 20, rate)
                        : String(format: "%@: %d MB read (decompressed), %.0f MB/s", label, bytes >> 20, rate))
                }
                (report, written) = try ingestor.prefetch(file: file, progress: progress) { next, report in
                    try store.insert(file: file, run: run, at: Console.now(), replacingRun: replace && index == 0,
                                     meta: index == 0 ? meta : [:], batches: next,
                                     described: { (report().format.rawValue, report().bytes) })
                }
            } catch {
                Console.endProgress()
                if index > 0 {
                    Console.warn("the \(index) file(s) before this one were stored in run '\(run)'; this file changed nothing")
                }
                throw error
            }
            for skipped in report.skipped { Console.warn("\(skipped.file):\(skipped.line): skipped: \(skipped.reason)") }
            for warning in report.warnings { Console.warn(warning.description) }
            summary.add(report, replaced: written.replaced)
        }
        Console.endProgress()
        return summary
    }
}
