import Foundation
import Testing
import TraceEval
import TraceReport

/// Renders the fixed fixture and compares with committed files. Re-record with
/// `TRACEGATE_RECORD=1 swift test --filter ReportGoldenFileTests` and review the diff.
@Suite struct ReportGoldenFileTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    private func check(_ rendered: String, _ name: String) throws {
        let url = Self.folder.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["TRACEGATE_RECORD"] == "1" {
            try rendered.write(to: url, atomically: true, encoding: .utf8)
        }
        let committed = try String(contentsOf: url, encoding: .utf8)
        #expect(rendered == committed, "\(name) differs from the committed golden file; re-record with TRACEGATE_RECORD=1 if the change is intended")
    }

    @Test("score Markdown and HTML match their golden files; rendering twice gives the same bytes")
    func score() throws {
        let (score, traces) = try ReportFixture.score()
        let html = ScoreHTML.render(score, traces: traces)
        #expect(html == ScoreHTML.render(score, traces: traces))
        try check(ScoreMarkdown.render(score), "score.md")
        try check(html, "score.html")
    }

    @Test("comparison and gate Markdown and HTML match their golden files")
    func compare() throws {
        let (score, _) = try ReportFixture.score()
        let dataset = try GoldenLoader().load(ReportFixture.golden, file: "fixture.yaml")
        let base = CaseSummary.summaries(of: score, dataset: dataset)
        var worse = base
        worse[0].passed[.taskCompletion] = false
        worse[0].scores[.taskCompletion] = 0
        let comparison = Comparer(resamples: 1000).compare(baseline: base, candidate: worse, names: ("base <1>", "cand \"2\"", "fixture"))
        let gate = Gate().judge(comparison)
        try check(CompareMarkdown.render(comparison), "compare.md")
        try check(GateMarkdown.render(gate), "gate.md")
        try check(CompareHTML.render(comparison, gate: gate), "gate.html")
        try check(JUnitReport.render(gate), "gate.junit.xml")
    }
}
