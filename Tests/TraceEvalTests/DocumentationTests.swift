import Foundation
import Testing
import TraceEval

/// The documentation names every key the loaders accept, so the two cannot drift apart.
@Suite struct DocumentationTests {
    static let docs = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("docs")

    private func text(_ page: String) throws -> String {
        try String(contentsOf: Self.docs.appendingPathComponent(page), encoding: .utf8)
    }

    /// Whether `page` names `key` in code: `key`, `key: …`, or `{key: …}`.
    private func names(_ page: String, _ key: String) -> Bool {
        ["`\(key)`", "`\(key):", "`{\(key):", "{\(key):"].contains { page.contains($0) }
    }

    @Test("every golden-file key and matcher is documented in docs/golden-format.md")
    func goldenKeys() throws {
        let page = try text("golden-format.md")
        let missing = LoaderKeys.allGolden.filter { !names(page, $0) }.sorted()
        #expect(missing.isEmpty, "not documented: \(missing)")
    }

    @Test("every tracegate.yaml key is documented in docs/gate.md")
    func configKeys() throws {
        let page = try text("gate.md")
        let missing = LoaderKeys.allConfig.filter { !names(page, $0) }.sorted()
        #expect(missing.isEmpty, "not documented: \(missing)")
    }

    @Test("every metric is documented in docs/metrics.md")
    func metrics() throws {
        let page = try text("metrics.md")
        #expect(Metric.allCases.allSatisfy { page.contains("## \($0.rawValue)") })
    }
}
