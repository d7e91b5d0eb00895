import Foundation

/// A committed baseline: per-case summaries of a run, diff-stable (sorted keys, no timestamps).
/// Each case carries the fingerprint of its golden case, so an edit to one case of the golden file
/// sets aside only that case (see `BaselineMatch`).
public struct BaselineFile: Sendable, Hashable, Codable {
    /// `tracegate.baseline/2`.
    public var schema: String
    /// The run it was made from.
    public var run: String
    /// The golden dataset's name.
    public var golden: String
    /// Every case with at least one trial, sorted by id.
    public var cases: [CaseSummary]

    /// The schema name.
    public static let schemaName = "tracegate.baseline/2"

    /// Creates a baseline.
    public init(run: String, golden: String, cases: [CaseSummary]) {
        schema = Self.schemaName
        self.run = run
        self.golden = golden
        self.cases = cases.sorted { $0.caseId < $1.caseId }
    }

    /// The file's text: pretty JSON with sorted keys, ending with a newline.
    public func encoded() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(self), as: UTF8.self) + "\n"
    }

    /// Reads and validates a baseline file: the schema version, every case's trials (≥ 1), scores
    /// (finite, in [0, 1]), verdicts (for scored metrics only), counts (finite, ≥ 0), fingerprint,
    /// and unique case ids. Errors name the file, the case's line where it can be found, and the field.
    public static func decode(_ data: Data, file: String) throws(GoldenError) -> BaselineFile {
        let text = String(decoding: data, as: UTF8.self)
        // A well-formed file is read from its simdjson tape; any other goes through JSONDecoder,
        // whose errors name the fault.
        let baseline: BaselineFile
        if let read = BaselineTapeReader.read(data) { baseline = read } else { baseline = try foundationDecode(data, file: file, text: text) }
        if baseline.schema != schemaName { try checkSchema(data, file: file) }
        var seen = Set<String>()
        for (index, summary) in baseline.cases.enumerated() {
            let problem = BaselineProblem(file: file, text: text, index: index, caseId: summary.caseId)
            guard seen.insert(summary.caseId).inserted else { throw problem.error("case", "duplicate case id '\(summary.caseId)'") }
            try problem.check(summary)
        }
        return baseline
    }

    /// The file through `JSONDecoder`. A schema other than this one is named before any other
    /// fault, since it explains them.
    private static func foundationDecode(_ data: Data, file: String, text: String) throws(GoldenError) -> BaselineFile {
        do {
            return try JSONDecoder().decode(BaselineFile.self, from: data)
        } catch {
            try checkSchema(data, file: file)
            if let error = error as? DecodingError { throw BaselineProblem.decoding(error, file: file, text: text) }
            throw GoldenError(file: file, line: nil, field: "(document)", message: "not a tracegate baseline file: \(error.localizedDescription)")
        }
    }

    /// An error when the file names a schema other than ``schemaName``.
    private static func checkSchema(_ data: Data, file: String) throws(GoldenError) {
        guard let schema = try? JSONDecoder().decode(SchemaOnly.self, from: data), schema.schema != schemaName else { return }
        let hint = schema.schema == "tracegate.baseline/1"
            ? "; it was written by an older tracegate: re-create it with 'tracegate baseline --run NAME --golden FILE --out \(file)'" : ""
        throw GoldenError(file: file, line: nil, field: "schema", message: "is '\(schema.schema)'; this tracegate reads \(schemaName)\(hint)")
    }

    private struct SchemaOnly: Decodable {
        var schema: String
    }
}
