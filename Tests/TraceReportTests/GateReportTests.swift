import Foundation
import Testing
import TraceEval
import TraceModel
import TraceReport

@Suite struct GateReportTests {
    @Test("the score HTML banner is red and names what failed whenever a case failed a metric")
    func scoreBannerFails() throws {
        let (score, _) = try ReportFixture.score()
        let html = ScoreHTML.render(score, traces: [:])
        let banner = try #require(html.firstMatch(of: /<section class="banner ([a-z]+)"><strong>([^<]*)<\/strong>/))
        #expect(banner.1 == "fail")
        #expect(banner.2.hasPrefix("Failed "))
        #expect(banner.2.contains("task_completion ("))
    }

    @Test("gate evidence in HTML and Markdown escapes hostile tool names and argument values")
    func evidenceEscaped() {
        let evidence = CaseEvidence(caseId: "c1", route: "r", metrics: [.trajectoryScore],
                                    rows: [AlignmentRow(status: .argumentsDiffer, expected: "lookup(q = \"<script>x</script>\")",
                                                        actual: ReportFixture.breakout + "|`x`\r# heading", step: 1, succeeded: true)], traceId: "t")
        let html = CompareHTML.evidence([evidence])
        #expect(!html.contains("<script>x"))
        #expect(!html.contains("<img"))
        let result = GateResult(comparison: nil, config: GateConfig(), lines: [], evidence: [evidence])
        let markdown = GateMarkdown.render(result)
        #expect(!markdown.contains("\r"))
        #expect(!markdown.contains("\n# heading"))
        #expect(markdown.contains("\\|'x'"), "a pipe cannot end the cell and a backtick cannot end the code span")
    }

    @Test("Markdown escaping folds CR and defuses autolinks")
    func markdownLinks() {
        let text = MarkdownText.escape("see https://evil.example/x and www.evil.example, mail a@b.c\r## Injected")
        #expect(!text.contains("https://"))
        #expect(!text.contains("www.evil"))
        #expect(!text.contains("@"))
        #expect(!text.contains("\r"))
        #expect(MarkdownText.code("name`\r\n# h") == "name'  # h")
    }

    @Test("annotations escape properties and messages as GitHub's workflow commands require; no raw ESC")
    func annotationEscaping() {
        // GitHub: data escapes % CR LF as %25 %0D %0A; properties also : and , as %3A and %2C.
        #expect(GateSummary.data("50% done\r\nnext") == "50%25 done%0D%0Anext")
        #expect(GateSummary.property("a: b, c") == "a%3A b%2C c")
        let line = GateLine(route: "r,1:x", check: .critical, status: .fail, reason: "case \u{1B}]0;pwned\u{07} failed", caseId: "c\u{1B}[2J")
        let result = GateResult(comparison: nil, config: GateConfig(), lines: [line])
        let source = GateSummary.Source(file: "golden/a,b.yaml", caseLines: ["c\u{1B}[2J": 7], routeCases: [:])
        let annotation = GateSummary.annotations(result, source: source)
        #expect(annotation == ["::error file=golden/a%2Cb.yaml,line=7,title=tracegate gate (r%2C1%3Ax)::case \\u{1b}]0;pwned\\u{7} failed"])
        #expect(!annotation[0].contains("\u{1B}"))
    }
}

@Suite struct TerminalFitTests {
    @Test("the score table fits an 80-column terminal, dropping intervals and then costs, and shows everything without a width")
    func fits() throws {
        let (score, _) = try ReportFixture.score()
        let narrow = ScoreTable(score: score).lines(width: 80)
        #expect(narrow.filter { $0.contains("──") }.allSatisfy { $0.count <= 80 })
        let full = ScoreTable(score: score).lines()
        #expect(full.contains { $0.contains("[") && $0.contains("%") }, "intervals without a width limit")
        #expect(full.first { $0.contains("──") }.map { $0.count > 80 } == true)
    }

    @Test("verdict words are coloured; nothing else is touched")
    func colour() {
        #expect(TerminalStyle.paint("GATE FAILED: 2 failing check(s)") == "\u{1B}[1m\u{1B}[31mGATE FAILED\u{1B}[0m: 2 failing check(s)")
        #expect(TerminalStyle.paint("  warn  x") == "\u{1B}[33m  warn\u{1B}[0m  x")
        #expect(TerminalStyle.paint("route  cases") == "route  cases")
    }
}
