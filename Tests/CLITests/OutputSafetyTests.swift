import Foundation
import Testing

/// Reports are written as `open(O_WRONLY|O_CREAT|O_TRUNC)` would, never more destructively.
@Suite struct OutputSafetyTests {
    private func store() throws -> (folder: URL, db: String) {
        let folder = try CLI.temporaryFolder()
        let db = folder.appendingPathComponent("t.sqlite").path
        let source = CLI.repositoryRoot.appendingPathComponent("datasets/ops-llm-led").path
        #expect(try CLI.run(["ingest", source, "--run", "base", "--db", db]).status == 0)
        return (folder, db)
    }

    @Test("a device is written into, not replaced; a symbolic link is followed and stays a link")
    func devicesAndLinks() throws {
        let s = try store()
        #expect(try CLI.run(["runs", "--db", s.db, "--json", "/dev/null"]).status == 0)
        let attributes = try FileManager.default.attributesOfItem(atPath: "/dev/null")
        #expect(attributes[.type] as? FileAttributeType == .typeCharacterSpecial)
        let link = s.folder.appendingPathComponent("link.json").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "target.json")
        #expect(try CLI.run(["runs", "--db", s.db, "--json", link]).status == 0)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == "target.json")
        let written = try String(contentsOfFile: s.folder.appendingPathComponent("target.json").path, encoding: .utf8)
        #expect(written.contains("\"name\" : \"base\""))
    }

    @Test("standard output named as a path (a pipe behind /dev/stdout, /dev/fd/1, /proc/self/fd/1) receives the report")
    func standardOutputByPath() throws {
        let s = try store()
        for path in ["/dev/stdout", "/dev/fd/1", "/proc/self/fd/1"] {
            let result = try CLI.run(["runs", "--db", s.db, "--json", path])
            #expect(result.status == 0)
            #expect(result.stdout.contains("\"name\" : \"base\""), "\(path) wrote nothing to the pipe")
        }
    }

    @Test("the store, an input and a folder are refused as output paths; the store still works")
    func refusals() throws {
        let s = try store()
        let golden = CLI.repositoryRoot.appendingPathComponent("golden/ops.yaml").path
        let intoStore = try CLI.run(["score", "--run", "base", "--golden", golden, "--db", s.db, "--json", s.db])
        #expect(intoStore.status == 1)
        #expect(intoStore.stderr.contains("which this command reads"))
        #expect(try CLI.run(["score", "--run", "base", "--golden", golden, "--db", s.db, "--markdown", golden]).status == 1)
        let folder = try CLI.run(["runs", "--db", s.db, "--json", s.folder.path + "/"])
        #expect(folder.status == 1)
        #expect(folder.stderr.contains("names a folder"))
        #expect(try CLI.run(["runs", "--db", s.db]).stdout.contains("base"))
    }
}
