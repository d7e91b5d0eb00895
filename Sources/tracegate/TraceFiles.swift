import CMemory
import Foundation
import TraceEval
import TraceIngest
import TraceModel
import TraceReport
import TraceJSON

/// Trace files named with `--traces`, read straight into memory for `score` and `gate`: no store
/// round trip, so CI needs one command (``DigestedTraces`` keeps them as the store would).
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

    /// The traces of the files under `paths`, warning about lines skipped and repairs made.
    static func read(_ paths: [String], limits: JSONLimits = .default) throws -> DigestedTraces {
        // Traces read here are scored, never stored: their spans need only tracegate's own attributes.
        let options = IngestOptions(limits: limits, keepsAttributes: false)
        let read = try DigestedTraces.read(try expand(paths), with: Ingestor(options: options)) { report in
            for skip in report.skipped { Console.warn("\(skip.file):\(skip.line): skipped: \(skip.reason)") }
            for warning in report.warnings { Console.warn(warning.description) }
        }
        // Reading freed its tapes and spans in the reading thread's allocator arena, which the
        // allocator keeps: give it back before scoring grows the heap again (36 MB of the gate's
        // peak for 10,000 traces).
        _ = tg_release_free_memory()
        return read
    }

    /// The score of `traces`, scored a batch at a time so that only their digests and scores
    /// (with `details` of their metrics) are held, never the traces whole.
    static func score(_ traces: DigestedTraces, scorer: Scorer, run: String, details: ScoreAccumulator.Details = .all) -> RunScore {
        var accumulator = ScoreAccumulator(scorer, details: details)
        traces.traces(batchSize: 1_024) { accumulator.add($0) }
        return accumulator.finish(run: run)
    }
}
