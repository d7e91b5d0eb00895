import TraceModel
import TraceJSON

/// Reads LangSmith runs: the ingest payload `{"post": [...], "patch": [...]}` (each patch merged
/// into the post with the same id) and plain lists of `Run` objects (also `{"runs": [...]}`).
///
/// `run_type` llm/tool/retriever/embedding map to their kinds, chain/prompt/parser to chain;
/// times are ISO 8601 (Python SDK) or epoch milliseconds (JavaScript SDK); tokens come from
/// `outputs.usage_metadata`, the read API's `prompt_tokens`/`completion_tokens`, or
/// `outputs.llm_output.token_usage`; the case id from `reference_example_id` or metadata `case_id`.
public struct LangSmithReader: TraceDocumentReader {
    /// Creates the reader.
    public init() {}

    /// LangSmith.
    public var format: TraceFormat { .langsmith }

    /// A post/patch payload, or runs with `run_type` and `dotted_order`/`trace_id`.
    public func matches(_ root: JSONView) -> Bool {
        if root["post"].isArray || root["patch"].isArray { return true }
        let first = root.isArray ? root[0] : root["runs"].isArray ? root["runs"][0] : root
        return first["run_type"].string != nil && (first["dotted_order"].exists || first["trace_id"].exists)
    }

    /// Merges runs by id and groups them into traces.
    public func read(_ documents: [SourceDocument], file: String) throws(IngestError) -> [RawTrace] {
        var runs: [String: [String: JSONValue]] = [:]
        var order: [String] = []
        var lines: [String: Int] = [:]
        for document in documents {
            let root = document.root
            let posts = root["post"].isArray || root["patch"].isArray ? root["post"].array
                : root.isArray ? root.array : root["runs"].isArray ? root["runs"].array : [root]
            for (index, run) in (posts + root["patch"].array).enumerated() {
                guard let id = run["id"].scalarText, let fields = run.value?.objectValue else {
                    throw .invalidRecord(file: file, line: document.line, record: "run \(index)", field: "id", reason: "is missing")
                }
                if runs[id] == nil { order.append(id); lines[id] = document.line }
                runs[id, default: [:]].merge(fields) { old, new in new.isNull ? old : new }
            }
        }
        var traces: [String: RawTrace] = [:]
        var traceOrder: [String] = []
        for id in order {
            let run = JSONView(.object(runs[id]!))
            let traceId = run["trace_id"].scalarText ?? run["dotted_order"].string.flatMap(Self.rootId) ?? id
            guard let start = Timestamp.nanoseconds(isoOrMillis: run["start_time"]) else {
                throw .invalidRecord(file: file, line: lines[id] ?? 1, record: "run \(id)", field: "start_time",
                                     reason: "is missing or not an ISO 8601 time or epoch milliseconds")
            }
            if traces[traceId] == nil {
                traces[traceId] = RawTrace(traceId: traceId, spans: [], format: .langsmith)
                traceOrder.append(traceId)
            }
            traces[traceId]!.spans.append(LangSmithRun.span(run, id: id, traceId: traceId, start: start))
            if let caseId = run["reference_example_id"].scalarText ?? run["extra"]["metadata"]["case_id"].scalarText {
                traces[traceId]!.caseId = traces[traceId]!.caseId ?? caseId
            }
        }
        return traceOrder.map { traces[$0]! }
    }

    /// The root run id inside a dotted order: the UUID after the first timestamp.
    static func rootId(_ dottedOrder: String) -> String? {
        guard let first = dottedOrder.split(separator: ".").first, let zone = first.firstIndex(of: "Z") else { return nil }
        return String(first[first.index(after: zone)...])
    }
}
