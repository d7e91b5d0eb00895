import Foundation
import Testing
import TraceModel
@testable import TraceEval

/// A golden case's fingerprint hashes the canonical JSON of its YAML, written straight from the
/// tree (``YAMLTree/writeCanonicalJSON(into:)``). Baseline files keep fingerprints, so those bytes
/// must be exactly the text of the JSON value the tree reads as (``YAMLTree/json``).
@Suite struct CanonicalYAMLTests {
    static func agree(_ tree: YAMLTree, sourceLocation: SourceLocation = #_sourceLocation) {
        var bytes: [UInt8] = []
        tree.writeCanonicalJSON(into: &bytes)
        // Bytes, not strings: Swift's strings are equal when only their Unicode normalization differs.
        #expect(bytes == Array(tree.json.canonicalText.utf8), sourceLocation: sourceLocation)
    }

    @Test("4,000 random documents, from the fast reader and from Yams: the bytes written are the value's canonical text")
    func random() throws {
        var generator = YAMLDocumentGenerator(seed: 0xF1_9E12)
        var compared = 0
        for _ in 0..<4_000 {
            let text = generator.document()
            if let fast = FastYAML.compose(text) {
                Self.agree(fast)
                compared += 1
            }
            if let yams = try? YAMLDocument.composeWithYams(text, file: "t.yaml") { Self.agree(yams) }
        }
        #expect(compared > 1_000)
    }

    @Test("every golden file in the repository writes its cases' canonical text exactly")
    func repositoryGoldens() throws {
        let folder = FastYAMLTests.repository.appendingPathComponent("golden")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".yaml") }
        #expect(files.count >= 6)
        for name in files {
            let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            Self.agree(try #require(try YAMLDocument.root(text, file: name)))
        }
    }

    @Test("repeated keys keep the last value, keys equal as strings but not as bytes keep the first one's text, scalars are typed")
    func edges() {
        let decomposed = "e\u{301}", composed = "\u{E9}"
        let tree = YAMLTree.mapping([
            (.scalar("b", .plain, line: 1), .scalar("1", .plain, line: 1)),
            (.scalar("a", .plain, line: 2), .scalar("first", .plain, line: 2)),
            (.scalar(decomposed, .plain, line: 3), .scalar("x", .plain, line: 3)),
            (.scalar("a", .plain, line: 4), .scalar("last", .singleQuoted, line: 4)),
            (.scalar(composed, .plain, line: 5), .scalar("y", .plain, line: 5)),
            (.scalar("n", .plain, line: 6), .sequence([
                .scalar("~", .plain, line: 6), .scalar("yes", .plain, line: 6), .scalar("1.50", .plain, line: 6),
                .scalar("-0x1F", .plain, line: 6), .scalar("1e400", .plain, line: 6), .scalar("\"q\"\u{1B}\n", .doubleQuoted, line: 6),
                YAMLTree(content: .alias, line: 6, tag: nil), .mapping([], line: 6), .sequence([], line: 6),
            ], line: 6)),
        ], line: 1)
        Self.agree(tree)
        var bytes: [UInt8] = []
        tree.writeCanonicalJSON(into: &bytes)
        let text = String(decoding: bytes, as: UTF8.self)
        // Worked by hand: keys sorted, `a` once with its last value, the é keys once with the first key's bytes.
        #expect(text.hasPrefix(#"{"a":"last","b":1,"n":[null,true,1.5,"#))
        #expect(text.hasSuffix(#"\"q\"\u001b\n",null,{},[]],"e\#u{301}":"y"}"#))
    }
}
