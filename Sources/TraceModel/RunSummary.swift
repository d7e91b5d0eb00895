/// One run in the store, summarized.
public struct RunSummary: Sendable, Equatable, Codable {
    /// The run's name.
    public var name: String
    /// When it was first written (ISO 8601, as the caller gave it).
    public var createdAt: String
    /// Number of traces.
    public var traces: Int
    /// Number of spans.
    public var spans: Int
    /// Traces per architecture (`llm-led`, `orchestrator-led`, `unknown`).
    public var architectures: [String: Int]
    /// Traces per format.
    public var formats: [String: Int]
    /// Files ingested into it.
    public var files: Int
    /// What `ingest --meta key=value` recorded with the run (branch, commit, CI job URL…).
    public var meta: [String: String]

    /// Creates a summary.
    public init(name: String, createdAt: String, traces: Int, spans: Int, architectures: [String: Int],
                formats: [String: Int], files: Int, meta: [String: String] = [:]) {
        self.name = name
        self.createdAt = createdAt
        self.traces = traces
        self.spans = spans
        self.architectures = architectures
        self.formats = formats
        self.files = files
        self.meta = meta
    }

    /// Why `name` cannot name a run (empty, longer than 200 bytes, or with a control character:
    /// it is printed in terminals and reports), or nil.
    public static func problem(name: String) -> String? {
        if name.isEmpty { return "is empty" }
        if name.utf8.count > 200 { return "is longer than 200 bytes" }
        if name.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) { return "contains a control character" }
        return nil
    }

    /// True when the run's metadata has every pair of `filter`.
    public func matches(_ filter: [String: String]) -> Bool {
        Self.metadata(meta, matches: filter)
    }

    /// True when `meta` has every pair of `filter`.
    public static func metadata(_ meta: [String: String], matches filter: [String: String]) -> Bool {
        filter.allSatisfy { meta[$0.key] == $0.value }
    }

    /// Metadata as `key=value` pairs in key order, joined by `separator`.
    public static func text(of meta: [String: String], separator: String = ",") -> String {
        meta.keys.sorted().map { "\($0)=\(meta[$0]!)" }.joined(separator: separator)
    }
}
