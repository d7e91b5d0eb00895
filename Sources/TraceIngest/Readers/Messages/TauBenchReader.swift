import TraceModel
import TraceJSON

/// Reads τ-bench results (`[{task_id, trial, reward, info, traj}]`) and τ²-bench simulation files
/// (`{tasks, simulations: [{id, task_id, trial, messages, reward_info, termination_reason, …}]}`).
///
/// Each record is one trace of case `task_id`; trials are repeats. The reward is the recorded
/// outcome. What ended the episode (τ-bench `info.source`, τ² `termination_reason`) is kept on the
/// root span as `tracegate.termination`; a τ-bench record whose `reward_info` is null hit the step
/// limit, so its termination is `max_steps`.
public struct TauBenchReader: TraceDocumentReader {
    /// Creates the reader.
    public init() {}

    /// τ-bench.
    public var format: TraceFormat { .tauBench }

    /// An array of records with `task_id`, `traj` and `reward`, or an object with `simulations`.
    public func matches(_ root: JSONView) -> Bool {
        let first = root.isArray ? root[0] : root
        if first["task_id"].exists, first["traj"].isArray, first["reward"].exists { return true }
        return root["simulations"].isArray && root["simulations"][0]["messages"].isArray
    }

    /// One trace per record or simulation.
    public func read(_ documents: [SourceDocument], file: String) throws(IngestError) -> [RawTrace] {
        var traces: [RawTrace] = []
        for document in documents {
            if document.root["simulations"].isArray {
                for (index, simulation) in document.root["simulations"].array.enumerated() {
                    traces.append(try tau2(simulation, index: index, file: file, line: document.line))
                }
                continue
            }
            let records = document.root.isArray ? document.root.array : [document.root]
            for (index, record) in records.enumerated() {
                traces.append(try tau1(record, index: index, file: file, line: document.line))
            }
        }
        return traces
    }

    private func tau1(_ record: JSONView, index: Int, file: String, line: Int) throws(IngestError) -> RawTrace {
        func invalid(_ field: String, _ reason: String) -> IngestError {
            .invalidRecord(file: file, line: line, record: "record \(index)", field: field, reason: reason)
        }
        guard let taskId = record["task_id"].scalarText else { throw invalid("task_id", "is missing") }
        guard record["traj"].isArray else { throw invalid("traj", "is missing or not a list of messages") }
        guard let reward = record["reward"].double else { throw invalid("reward", "is missing or not a number") }
        let trial = record["trial"].int64 ?? 0
        let termination = record["info"]["reward_info"].isPresent ? (record["info"]["source"].string ?? "unknown") : "max_steps"
        let traceId = "tau-\(taskId)-trial-\(trial)"
        let built = MessageTrajectory(messages: record["traj"].array, traceId: traceId, rootName: "tau-bench task \(taskId)",
                                      rootAttributes: ["tracegate.termination": .string(termination), "tau_bench.trial": .int(trial)])
        return RawTrace(traceId: traceId, spans: built.spans, caseId: taskId, query: built.query,
                        finalAnswer: built.finalAnswer, recordedOutcome: reward, format: .tauBench)
    }

    private func tau2(_ simulation: JSONView, index: Int, file: String, line: Int) throws(IngestError) -> RawTrace {
        guard let taskId = simulation["task_id"].scalarText else {
            throw .invalidRecord(file: file, line: line, record: "simulation \(index)", field: "task_id", reason: "is missing")
        }
        let traceId = simulation["id"].scalarText ?? "tau2-\(taskId)-trial-\(simulation["trial"].int64 ?? 0)"
        let termination = simulation["termination_reason"].string ?? "unknown"
        var built = MessageTrajectory(messages: simulation["messages"].array, traceId: traceId, rootName: "tau2-bench task \(taskId)",
                                      rootAttributes: ["tracegate.termination": .string(termination)])
        if let start = simulation["start_time"].string.flatMap(Timestamp.nanoseconds(iso:)),
           let end = simulation["end_time"].string.flatMap(Timestamp.nanoseconds(iso:)) {
            built.spans[0].start = start
            built.spans[0].end = end
        }
        return RawTrace(traceId: traceId, spans: built.spans, caseId: taskId, query: built.query, finalAnswer: built.finalAnswer,
                        recordedOutcome: simulation["reward_info"]["reward"].double, format: .tauBench)
    }
}
