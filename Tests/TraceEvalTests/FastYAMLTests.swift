import Foundation
import Testing
@testable import TraceEval
import Yams

/// The fast reader must give exactly the tree Yams composes (content, style, tag and line of
/// every node) for every document it accepts, and leave every other document to Yams.
@Suite struct FastYAMLTests {
    /// Every node of a tree, one per line: line, tag, style and content. A key's tag is left out:
    /// Yams resolves it to `str` in place while checking for duplicate keys, and the readers use
    /// only a key's text and line.
    static func describe(_ tree: YAMLTree, _ indent: String = "", isKey: Bool = false) -> String {
        let head = "\(indent)@\(tree.line.map(String.init) ?? "?") \(isKey ? "key" : tree.tag ?? "-") "
        switch tree.content {
        case .scalar(let text, let style): return head + "\(style) \(text.debugDescription)\n"
        case .alias: return head + "alias\n"
        case .sequence(let items): return head + "seq\n" + items.map { describe($0, indent + "  ") }.joined()
        case .mapping(let pairs):
            return head + "map\n" + pairs.map { describe($0.key, indent + "  ? ", isKey: true) + describe($0.value, indent + "  : ") }.joined()
        }
    }

    /// The fast tree when the fast reader accepts `text`, after checking it against Yams'.
    @discardableResult
    static func agree(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) -> YAMLTree? {
        let fast = FastYAML.compose(text)
        let yams = Result { () throws(GoldenError) in try YAMLDocument.composeWithYams(text, file: "t.yaml") }
        guard let fast else { return nil }
        guard case .success(let tree?) = yams else {
            Issue.record("the fast reader accepted what Yams refuses: \(text.debugDescription)", sourceLocation: sourceLocation)
            return fast
        }
        #expect(describe(fast) == describe(tree), "\(text.debugDescription)", sourceLocation: sourceLocation)
        return fast
    }

    static var repository: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    @Test("every golden file in the repository is read by the fast reader, to the tree and dataset Yams gives")
    func repositoryGoldens() throws {
        let folder = Self.repository.appendingPathComponent("golden")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".yaml") }.sorted()
        #expect(files.count >= 6)
        for name in files {
            let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            #expect(Self.agree(text) != nil, "\(name) fell back to Yams")
            let yams = try #require(try YAMLDocument.composeWithYams(text, file: name))
            guard name != "tracegate.yaml" else { continue } // the gate's configuration, not a golden file
            #expect(try GoldenLoader().load(text, file: name) == GoldenLoader().read(yams, file: name), "\(name)")
        }
    }

    @Test("documents in the subset are read as Yams reads them", arguments: [
        "a: 1\nb: [x, y]\nc: {k: v, n: 2}\n",
        "cases:\n  - id: c1\n    query: \"Hi \\\"there\\\" \\u00e9\\x41\\U0001F600\\/\\t\"\n    tags: ['it''s', b]\n",
        "steps:\n- a\n- b: {entity: x}\nnext: 1\n",
        "list:\n  -\n    a: 1\n  - # note\n    b: 2\n  -\nz: ~\n",
        "k: [send_email: {to: Dana Scully}, pick_best, \"q\": 1]\n",
        "k:\n    deep:\n        deeper: yes # comment\n# full-line\n\n   # indented comment\nz: -1\n",
        "e: []\nf: {}\ng:\nh: ''\ni: \"\"\n",
        "url: http://example.com/a#b\nratio: 1:20\ntext: a, b [c] {d}\n",
        "émoji: 😀 日本\n'quoted key': 1\n\"dq\" : 2\n",
        "k: a'b\"c\nm: x  \nn: 'trailing  '\n",
    ])
    func accepted(_ text: String) {
        #expect(Self.agree(text) != nil, "\(text.debugDescription) fell back to Yams")
    }

    @Test("what the subset does not cover is left to Yams", arguments: [
        "", "# only a comment\n", "---\na: 1\n", "a: &x 1\nb: *x\n", "a: !!str 5\n", "a: |\n  text\n", "a: >\n  text\n",
        "a: b\n  continued\n", "a: 'open\n  close'\n", "a: [x,\n  y]\n", "\ta: 1\n", "a:\tb\n", "a: 1\r\nb: 2\r\n",
        "a: b: c\n", "a: 1\na: 2\n", "a: {k: 1, k: 2}\n", "a: [x, ]\n", "a: {k}\n", "a: \"\\N\"\n", "a: \"\\ud800\"\n",
        "? a\n: b\n", "a: [k:v]\n", "a: [#]\n", "a: \u{2028}\n", "\u{FEFF}a: 1\n", "a:\n- x\n  - y\n", "- - a\n",
        "a: 1\n- b\n", "key\n", "a: x # c\n b: 2\n", "%YAML 1.1\n---\na: 1\n",
    ])
    func leftToYams(_ text: String) {
        #expect(FastYAML.compose(text) == nil, "\(text.debugDescription)")
    }

    @Test("4,000 random documents built from tricky pieces: whatever the fast reader accepts, it reads as Yams does")
    func random() {
        var generator = YAMLDocumentGenerator(seed: 0x5EED_CAFE)
        var fast = 0
        var yams = 0
        for _ in 0..<4_000 {
            let text = generator.document()
            if Self.agree(text) != nil { fast += 1 }
            if (try? YAMLDocument.composeWithYams(text, file: "t.yaml")) != nil { yams += 1 }
        }
        // The pieces sit on the subset's edges, but most documents Yams reads must take the fast path.
        #expect(fast * 3 > yams * 2, "the fast reader took \(fast) of the \(yams) documents Yams reads")
    }

    @Test("whole numbers read directly agree with Yams' reading", arguments: [
        "0", "-0", "+0", "7", "-7", "+7", "10", "017", "0x1F", "1_000", "1:20", "123456789012345678", "1234567890123456789",
        "-999999999999999999", "99999999999999999999", "00", "1a", "", "-", "٣",
    ])
    func wholeNumbers(_ text: String) {
        #expect(YAMLTree.scalar(text, .plain, line: 1).int == Int.construct(from: Node.Scalar(text, .implicit, .plain)), "\(text)")
        #expect(YAMLTree.scalar(text, .doubleQuoted, line: 1).int == nil)
    }

    @Test("nesting past the fast reader's depth is left to Yams, and 200,000 levels are refused, not a crash")
    func deepNesting() throws {
        let shallow = "a: " + String(repeating: "[", count: FastYAML.maximumDepth) + String(repeating: "]", count: FastYAML.maximumDepth) + "\n"
        #expect(Self.agree(shallow) != nil)
        let deeper = "a: " + String(repeating: "[", count: 100) + String(repeating: "]", count: 100) + "\n"
        #expect(FastYAML.compose(deeper) == nil)
        #expect(try YAMLDocument.root(deeper, file: "t.yaml") != nil)
        var block = ""
        for level in 0..<100 { block += String(repeating: " ", count: level) + "k\(level):\n" }
        #expect(FastYAML.compose(block) == nil)
        #expect(try YAMLDocument.root(block, file: "t.yaml") != nil)
        let hostile = "a: " + String(repeating: "[", count: 200_000) + String(repeating: "]", count: 200_000) + "\n"
        let error = try #require(throws: GoldenError.self) { try YAMLDocument.root(hostile, file: "t.yaml") }
        #expect(error.description.contains("nesting level"))
        #expect(error.description.count < 2_000, "the error quotes the 400,000-character line whole")
    }
}
