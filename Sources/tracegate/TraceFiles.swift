import Foundation
import TraceIngest
import TraceModel
import TraceReport
import TraceJSON

/// Trace files read straight into memory, for `score --traces` and `gate --traces`: no store
/// round trip, so CI needs one command. Each trace is kept as its evaluation digest holds it, as
/// if read back from a store. A trace id seen again replaces the earlier one, as
/// re-ingesting does.
enum TraceFiles {
    /// The trace files under `paths`, warning about non-regular files skipped; an error when there are none.
    static func expand(_ paths: [String]) throws -> [String] {
        var skipped: [String] = []
        let files = try Ingestor.expand(paths, skipped: &skipped)
        for path in skipped {
            Console.warn("skipped \(TerminalText.safe(path, limit: 200)): not a regular file (a FIFO, device, socket or broken link)")
        }
        if files.contains("-"), isatty(STDIN_FILENO) == 1 {
            Console.note("reading traces from standard input (end with Ctrl-D)…")
        }
        guard !files.isEmpty else {
            throw ValidationErrorWithExit("no .json, .jsonl or .ndjson files found under \(paths.joined(separator: ", ")); nothing was read")
        }
        return files
    }

    static func read(_ paths: [String], limits: JSONLimits = .default) throws -> [Trace] {
        let files = try expand(paths)
        let ingestor = Ingestor(options: IngestOptions(limits: limits))
        var traces: [Trace] = []
        var position: [String: Int] = [:]
        for file in files {
            // Read on the prefetch thread while this one normalizes and keeps the evaluation view.
            let (report, _) = try ingestor.prefetch(file: file) { next, _ in
                while let batch = try next() {
                    for full in batch {
                        // Scored as the store would score it: from its evaluation digest.
                        let trace = TraceDigest.evaluationView(of: full)
                        if let index = position[trace.traceId] {
                            traces[index] = trace
                        } else {
                            position[trace.traceId] = traces.count
                            traces.append(trace)
                        }
                    }
                }
            }
            for skip in report.skipped { Console.warn("\(skip.file):\(skip.line): skipped: \(skip.reason)") }
            for warning in report.warnings { Console.warn(warning.description) }
        }
        return traces
    }
}
