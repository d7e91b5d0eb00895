import Foundation
import Testing
import TraceEval
import TraceReport

@Suite struct ContentSecurityTests {
    @Test("the report's CSP allows exactly its own inline script by SHA-256 (checked with Python's hashlib), never 'unsafe-inline'")
    func scriptHash() throws {
        let (score, traces) = try ReportFixture.score()
        let html = ScoreHTML.render(score, traces: traces)
        let policy = try #require(html.firstMatch(of: /content="default-src 'none'; style-src 'unsafe-inline'; script-src '(sha256-[A-Za-z0-9+\/=]+)'; img-src data:"/))
        #expect(!html.contains("script-src 'unsafe-inline'"))
        let scripts = html.matches(of: /<script>([\s\S]*?)<\/script>/)
        #expect(scripts.count == 1)
        let script = try #require(scripts.first).1
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", "import sys, hashlib, base64; print('sha256-' + base64.b64encode(hashlib.sha256(sys.stdin.buffer.read()).digest()).decode())"]
        let input = Pipe()
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        input.fileHandleForWriting.write(Data(String(script).utf8))
        try input.fileHandleForWriting.close()
        let expected = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        process.waitUntilExit()
        #expect(String(policy.1) == expected)
    }

    @Test("a 200 KB route name is cut to 120 characters with the whole name on hover")
    func longNames() {
        let name = String(repeating: "r", count: 200_000)
        let label = HTMLText.label(name)
        #expect(label.hasPrefix("<span class=\"cut\" title=\""))
        #expect(label.contains(">" + String(repeating: "r", count: 120) + "…</span>"))
        #expect(label.utf8.count < 5_000)
        #expect(HTMLText.label("<b>short</b>") == "&lt;b&gt;short&lt;/b&gt;")
    }
}
