import Foundation
import Testing
import TraceEval
import TraceReport

/// Opens the HTML reports in a real headless Chromium (Debian's `chromium`; `.ci/run` installs it).
@Suite struct BrowserTests {
    struct Rendered {
        let dom: String
        let log: String
        let status: Int32
    }

    static func chromium() -> String? {
        for candidate in ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"] where FileManager.default.isExecutableFile(atPath: candidate) {
            return candidate
        }
        return nil
    }

    private func open(_ html: String) throws -> Rendered {
        let binary = try #require(Self.chromium(), "headless Chromium is needed: apt-get install chromium (.ci/run installs it)")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tracegate-browser-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let page = folder.appendingPathComponent("report.html")
        try html.write(to: page, atomically: true, encoding: .utf8)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-extensions",
                             "--user-data-dir=\(folder.appendingPathComponent("profile").path)", "--enable-logging=stderr", "--v=0",
                             "--virtual-time-budget=2000", "--dump-dom", page.absoluteString]
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let dom = out.fileHandleForReading.readDataToEndOfFile()
        let log = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Rendered(dom: String(decoding: dom, as: UTF8.self), log: String(decoding: log, as: UTF8.self), status: process.terminationStatus)
    }

    /// Console messages the page produced (Chromium logs them as `CONSOLE(line)] "…"` or `Uncaught …`).
    private func consoleErrors(_ log: String) -> [String] {
        log.split(separator: "\n").map(String.init).filter { $0.contains("CONSOLE") || $0.contains("Uncaught") || $0.contains("Content Security Policy") }
    }

    @Test("the score report renders without console errors, its script runs, charts and trajectories are in the DOM, injected script does not run")
    func scoreReport() throws {
        let (score, traces) = try ReportFixture.score()
        let rendered = try open(ScoreHTML.render(score, traces: traces))
        #expect(rendered.status == 0)
        #expect(consoleErrors(rendered.log).isEmpty, "\(consoleErrors(rendered.log))")
        #expect(rendered.dom.contains("data-ready=\"1\""), "our own script ran")
        #expect(!rendered.dom.contains("data-pwned=\""), "an injected script or handler ran")
        #expect(rendered.dom.contains("<svg class=\"chart\""))
        #expect(rendered.dom.contains("class=\"chart histogram\""))
        #expect(rendered.dom.components(separatedBy: "class=\"case trajectory\"").count - 1 == 3)
        #expect(rendered.dom.contains("<table class=\"alignment\">"))
        #expect(rendered.dom.contains("&lt;script&gt;document.body.setAttribute"))
    }

    @Test("the gate report renders side by side without console errors and with no injected markup running")
    func gateReport() throws {
        let (score, _) = try ReportFixture.score()
        let dataset = try GoldenLoader().load(ReportFixture.golden, file: "fixture.yaml")
        let summaries = CaseSummary.summaries(of: score, dataset: dataset)
        let comparison = Comparer(resamples: 500).compare(baseline: summaries, candidate: summaries, names: (ReportFixture.breakout, ReportFixture.script, "fixture"))
        let rendered = try open(CompareHTML.render(comparison, gate: Gate().judge(comparison)))
        #expect(consoleErrors(rendered.log).isEmpty, "\(consoleErrors(rendered.log))")
        #expect(rendered.dom.contains("data-ready=\"1\""))
        #expect(!rendered.dom.contains("data-pwned=\""))
        #expect(rendered.dom.contains("Gate passed"))
    }
}
