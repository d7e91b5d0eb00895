import TraceModel

/// The `tracegate runs` table.
public struct RunsTable: Sendable {
    /// The runs to list.
    public let runs: [RunSummary]

    /// Creates the table.
    public init(runs: [RunSummary]) {
        self.runs = runs
    }

    /// The table's lines.
    public func lines() -> [String] {
        let withMeta = runs.contains { !$0.meta.isEmpty }
        let rows = runs.map { run in
            [
                TerminalText.safe(run.name, limit: 40), String(run.traces), String(run.spans), String(run.files),
                Self.counts(run.architectures), Self.counts(run.formats), run.createdAt,
            ] + (withMeta ? [TerminalText.safe(RunSummary.text(of: run.meta, separator: " "), limit: 80)] : [])
        }
        return TextTable(header: ["run", "traces", "spans", "files", "architectures", "formats", "created"] + (withMeta ? ["meta"] : []),
                         rows: rows, rightAligned: [1, 2, 3]).lines()
    }

    static func counts(_ counts: [String: Int]) -> String {
        counts.keys.sorted().map { "\($0) \(counts[$0]!)" }.joined(separator: ", ")
    }
}
