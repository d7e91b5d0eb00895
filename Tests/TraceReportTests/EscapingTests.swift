import Testing
import TraceEval
import TraceReport

@Suite struct EscapingTests {
    @Test("HTML text and attributes: markup, quotes and ampersands become entities; bidi controls become visible markers")
    func html() {
        #expect(HTMLText.escape("<script>alert(1)</script>") == "&lt;script&gt;alert(1)&lt;/script&gt;")
        #expect(HTMLText.escape("\"><img onerror='x'>") == "&quot;&gt;&lt;img onerror=&#39;x&#39;&gt;")
        #expect(HTMLText.escape("a & b") == "a &amp; b")
        #expect(HTMLText.escape("refund\u{202E}exe") == "refund⟨U+202E⟩exe")
        #expect(HTMLText.escape("bell\u{07}") == "bell")
    }

    @Test("inline script data can never close its script element")
    func scriptData() {
        let escaped = HTMLText.scriptData(#"{"a":"</script><script>alert(1)</script>","b":"\#u{2028}"}"#)
        #expect(!escaped.contains("<") && !escaped.contains(">"))
        #expect(escaped.contains("\\u003c/script\\u003e"))
        #expect(escaped.contains("\\u2028"))
    }

    @Test("JUnit XML escaping: entities, and control characters XML cannot hold are dropped")
    func xml() {
        #expect(XMLText.escape("a<b & \"c\" 'd'>") == "a&lt;b &amp; &quot;c&quot; &apos;d&apos;&gt;")
        #expect(XMLText.escape("x\u{01}y\u{1B}z") == "xyz")
    }

    @Test("Markdown table escaping: pipes, backticks and markup cannot break the table or inject HTML")
    func markdown() {
        #expect(MarkdownText.escape("a | b `c` <b>") == "a \\| b \\`c\\` &lt;b&gt;")
        #expect(MarkdownText.escape("line\nbreak") == "line break")
    }

    @Test("no hostile string from the fixture reaches the HTML report unescaped")
    func reportEscapesEverything() throws {
        let (score, traces) = try ReportFixture.score()
        let html = ScoreHTML.render(score, traces: traces)
        for hostile in [ReportFixture.script, ReportFixture.breakout, ReportFixture.svg, "`pipe` <b>", "<i>support</i>", "<u>", "\u{202E}"] {
            #expect(!html.contains(hostile), "\(hostile)")
        }
        #expect(html.contains("&lt;script&gt;document.body.setAttribute(&#39;data-pwned&#39;,&#39;script&#39;)&lt;/script&gt;"))
        #expect(html.contains("refund⟨U+202E⟩lmth.exe"))
        #expect(html.components(separatedBy: "<script>").count == 2, "exactly one script element: ours")
        #expect(!html.contains("href=\"javascript:"), "a case id never becomes a javascript: URL")
        #expect(html.contains("href=\"#case-javascript:alert(1)-t2\""), "it stays an in-page fragment")
        let markdown = ScoreMarkdown.render(score)
        #expect(!markdown.contains("<u>") && markdown.contains("t4"))
        #expect(!markdown.contains("<i>support</i>") && markdown.contains("&lt;i&gt;support&lt;/i&gt;"))
    }
}

@Suite struct JUnitEscapingTests {
    @Test("hostile case ids and run names are escaped in JUnit and the document stays well-formed")
    func junit() throws {
        let (score, _) = try ReportFixture.score()
        let dataset = try GoldenLoader().load(ReportFixture.golden, file: "fixture.yaml")
        let summaries = CaseSummary.summaries(of: score, dataset: dataset)
        var worse = summaries
        worse[0].passed[.taskCompletion] = false
        let comparison = Comparer(resamples: 200).compare(baseline: summaries, candidate: worse, names: (ReportFixture.breakout, "x", "g"))
        let xml = JUnitReport.render(Gate().judge(comparison))
        #expect(xml.contains("name=\"c1 | `pipe` &lt;b&gt; · task_completion\""))
        #expect(!xml.contains("<img") && !xml.contains("<b>"))
        #expect(xml.contains("&quot;&gt;&lt;img src=x onerror=&quot;"))
    }
}
