import Foundation
import TraceModel
import TraceJSON

/// Reads OpenAI-format chat message lists as trajectories: one list per file, one list per
/// JSON Lines line, a list of lists, or objects `{"messages": [...], "id"?, "case_id"?}`.
///
/// A record's trace id is its own `id` (or `trace_id`); without one it is `msg-` plus a hash of
/// the file's path, the record's line and position, and its case id, so re-ingesting the same file
/// replaces rather than duplicates, and identical records (three trials of one case, or one
/// conversation under two case ids) stay separate traces. Two records with the same explicit id in
/// one file are an error naming both lines, never a silent merge.
public struct MessagesReader: TraceDocumentReader {
    /// Most spans one trace may have: a longer conversation is refused before any span is built.
    public var maxSpans: Int

    /// Creates the reader.
    public init(maxSpans: Int = JSONLimits.default.maxTraceSpans) {
        self.maxSpans = maxSpans
    }

    /// Chat messages.
    public var format: TraceFormat { .messages }

    /// An array of `{role, …}` objects, an array of such arrays, or an object with a `messages` array of them.
    public func matches(_ root: JSONView) -> Bool {
        Self.isMessageList(root) || (root.isArray && Self.isMessageList(root[0])) || Self.isMessageList(root["messages"])
            || (root.isArray && Self.isMessageList(root[0]["messages"]))
    }

    static func isMessageList(_ view: JSONView) -> Bool {
        guard view.isArray, let first = view.array.first, let role = first["role"].string else { return false }
        return ["system", "user", "assistant", "tool", "developer", "function"].contains(role)
    }

    /// One trace per message list.
    public func read(_ documents: [SourceDocument], file: String) throws(IngestError) -> [RawTrace] {
        var traces: [RawTrace] = []
        var explicit: [String: String] = [:]
        let path = URL(fileURLWithPath: file).standardizedFileURL.path
        for document in documents {
            for (position, conversation) in conversations(document.root).enumerated() {
                let messages = conversation.messages
                // The fewest spans these messages make (the root, one per assistant or tool message, one
                // per call no message can have answered): above the limit, refuse before building any.
                var assistant = 0, tools = 0, calls = 0
                for message in messages {
                    switch message["role"].string {
                    case "assistant": assistant += 1; calls += message["tool_calls"].array.count
                    case "tool", "function": tools += 1
                    default: break
                    }
                }
                if 1 + assistant + tools + max(0, calls - tools) > maxSpans {
                    throw .tooManySpans(file: file, traceId: conversation.id ?? "in conversation \(position)", limit: maxSpans)
                }
                for (index, message) in messages.enumerated() where message["role"].string == nil {
                    throw .invalidRecord(file: file, line: document.line, record: "conversation \(position) message \(index)",
                                         field: "role", reason: "is missing; every chat message needs a role")
                }
                if let id = conversation.id {
                    if let first = explicit[id] {
                        throw .invalidRecord(file: file, line: document.line, record: "conversation \(position)", field: "id",
                                             reason: "is '\(id)', the same as \(first); give each record its own id "
                                                 + "(or none: each record is then its own trace)")
                    }
                    explicit[id] = document.line > 0 ? "the record at line \(document.line)" : "conversation \(position)"
                }
                let traceId = conversation.id
                    ?? "msg-" + StableHash.hex("\(path)\n\(document.line)\n\(position)\n\(conversation.caseId ?? "")")
                let built = MessageTrajectory(messages: messages, traceId: traceId, rootName: "conversation")
                traces.append(RawTrace(traceId: traceId, spans: built.spans, caseId: conversation.caseId,
                                       query: built.query, finalAnswer: built.finalAnswer, format: .messages))
            }
        }
        return traces
    }

    private func conversations(_ root: JSONView) -> [(messages: [JSONView], id: String?, caseId: String?)] {
        if Self.isMessageList(root) { return [(root.array, nil, nil)] }
        if root.isObject { return [wrapped(root)] }
        return root.array.map { item in item.isArray ? (item.array, nil, nil) : wrapped(item) }
    }

    private func wrapped(_ object: JSONView) -> (messages: [JSONView], id: String?, caseId: String?) {
        (object["messages"].array, object["id"].scalarText ?? object["trace_id"].scalarText,
         object["case_id"].scalarText ?? object["metadata"]["case_id"].scalarText)
    }
}
