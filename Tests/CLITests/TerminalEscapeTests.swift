import Foundation
import Testing

/// Input quoted in errors and warnings reaches the terminal escaped: no raw ESC, BEL or CR.
@Suite struct TerminalEscapeTests {
    static let hostile = "\u{1B}]0;pwned\u{07}\u{1B}[2J\u{1B}[32mGATE PASSED\u{1B}[0m\r"

    private func noRawControls(_ text: String) -> Bool {
        !text.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 || $0.value == 0x0D }
    }

    @Test("an unknown document shape names its keys escaped")
    func unknownFormat() throws {
        let folder = try CLI.temporaryFolder()
        let file = folder.appendingPathComponent("odd.json")
        let key = String(decoding: try JSONEncoder().encode(Self.hostile), as: UTF8.self)
        try Data("{\(key): 1}".utf8).write(to: file)
        let result = try CLI.run(["ingest", file.path, "--run", "x", "--db", folder.appendingPathComponent("s.sqlite").path])
        #expect(result.status == 1)
        #expect(noRawControls(result.stderr), "\(result.stderr.debugDescription)")
        #expect(result.stderr.contains("\\u{1b}]0;pwned"))
    }

    @Test("ingest warnings quote span ids escaped")
    func warnings() throws {
        let folder = try CLI.temporaryFolder()
        let file = folder.appendingPathComponent("dup.json")
        let id = String(decoding: try JSONEncoder().encode("a" + Self.hostile), as: UTF8.self)
        let span = "{\"traceId\":\"0af7651916cd43dd8448eb211c80319c\",\"spanId\":\(id),\"name\":\"s\",\"startTimeUnixNano\":\"1\",\"endTimeUnixNano\":\"2\"}"
        try Data("{\"resourceSpans\":[{\"scopeSpans\":[{\"spans\":[\(span),\(span)]}]}]}".utf8).write(to: file)
        let result = try CLI.run(["ingest", file.path, "--run", "x", "--db", folder.appendingPathComponent("s.sqlite").path])
        #expect(result.stderr.contains("warning"), "\(result.stderr)")
        #expect(noRawControls(result.stderr + result.stdout), "\((result.stderr + result.stdout).debugDescription)")
    }
}
