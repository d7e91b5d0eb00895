import Foundation

/// A committed baseline: per-case summaries of a run, diff-stable (sorted keys, no timestamps),
/// tied to the golden dataset it was scored against by a fingerprint of that file.
public struct BaselineFile: Sendable, Hashable, Codable {
    /// `tracegate.baseline/1`.
    public var schema: String
    /// The run it was made from.
    public var run: String
    /// The golden dataset's name.
    public var golden: String
    /// The golden file's fingerprint (comments and blank lines ignored).
    public var goldenFingerprint: String
    /// Every case, sorted by id.
    public var cases: [CaseSummary]

    enum CodingKeys: String, CodingKey {
        case schema, run, golden, cases
        case goldenFingerprint = "golden_fingerprint"
    }

    /// The schema name.
    public static let schemaName = "tracegate.baseline/1"

    /// Creates a baseline.
    public init(run: String, golden: String, goldenFingerprint: String, cases: [CaseSummary]) {
        schema = Self.schemaName
        self.run = run
        self.golden = golden
        self.goldenFingerprint = goldenFingerprint
        self.cases = cases.sorted { $0.caseId < $1.caseId }
    }

    /// The file's text: pretty JSON with sorted keys, ending with a newline.
    public func encoded() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(self), as: UTF8.self) + "\n"
    }

    /// Reads a baseline file, refusing one made against another version of the golden dataset.
    public static func decode(_ data: Data, file: String, expectedFingerprint: String, golden: String) throws(GoldenError) -> BaselineFile {
        let decoder = JSONDecoder()
        let baseline: BaselineFile
        do {
            baseline = try decoder.decode(BaselineFile.self, from: data)
        } catch {
            throw GoldenError(file: file, line: nil, field: "(document)", message: "not a tracegate baseline file: \(error)")
        }
        guard baseline.schema == schemaName else {
            throw GoldenError(file: file, line: nil, field: "schema", message: "is '\(baseline.schema)'; this tracegate reads \(schemaName)")
        }
        guard baseline.golden == golden, baseline.goldenFingerprint == expectedFingerprint else {
            throw GoldenError(file: file, line: nil, field: "golden_fingerprint",
                              message: "this baseline was made against golden '\(baseline.golden)' version \(baseline.goldenFingerprint), "
                                  + "but the golden file given is '\(golden)' version \(expectedFingerprint); "
                                  + "cases may have changed, so the comparison would mislead. Re-create it with "
                                  + "'tracegate baseline --run \(baseline.run) --golden FILE --out \(file)'.")
        }
        return baseline
    }

    /// A fingerprint of golden file text: FNV-1a 64 of its lines without comments and blank lines.
    public static func fingerprint(ofGolden text: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for line in text.split(separator: "\n", omittingEmptySubsequences: true) {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            guard !trimmed.isEmpty, !trimmed.hasPrefix("#") else { continue }
            for byte in trimmed.utf8 + [10] {
                hash ^= UInt64(byte)
                hash = hash &* 0x0000_0100_0000_01B3
            }
        }
        let digits = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
