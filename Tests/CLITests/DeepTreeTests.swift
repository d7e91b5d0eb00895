import Foundation
import Testing

@Suite struct DeepTreeTests {
    /// One OTLP document: a chain of `depth` spans, each the parent of the next.
    static func chain(depth: Int) -> String {
        var spans: [String] = []
        spans.reserveCapacity(depth)
        for index in 0..<depth {
            let parent = index == 0 ? "" : String(format: "%016x", index)
            spans.append("{\"traceId\":\"0af7651916cd43dd8448eb211c80319c\",\"spanId\":\"\(String(format: "%016x", index + 1))\","
                + "\"parentSpanId\":\"\(parent)\",\"name\":\"step \(index)\",\"startTimeUnixNano\":\"\(1_000_000 + index)\","
                + "\"endTimeUnixNano\":\"\(2_000_000 + index)\"}")
        }
        return "{\"resourceSpans\":[{\"scopeSpans\":[{\"spans\":[" + spans.joined(separator: ",") + "]}]}]}"
    }

    @Test("show on a 20,000-deep chain prints one short line per span: indentation stops at 32 levels", .timeLimit(.minutes(2)))
    func deepChain() throws {
        let folder = try CLI.temporaryFolder()
        let file = folder.appendingPathComponent("deep.json")
        try Data(Self.chain(depth: 20_000).utf8).write(to: file)
        let db = folder.appendingPathComponent("d.sqlite").path
        let ingest = try CLI.run(["ingest", file.path, "--run", "deep", "--db", db])
        #expect(ingest.status == 0, "\(ingest.stderr)")
        let shown = try CLI.run(["show", "0af7651916cd43dd8448eb211c80319c", "--db", db])
        #expect(shown.status == 0)
        let lines = shown.stdout.split(separator: "\n")
        #expect(lines.count > 20_000)
        // 32 levels of two spaces, then the depth as a number; every line stays short.
        #expect(lines.contains { $0.contains(String(repeating: "  ", count: 32) + "⋯(depth 19999) other step 19999") })
        #expect(lines.allSatisfy { $0.utf8.count < 300 })
    }
}
