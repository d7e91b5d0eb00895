import Foundation
import Testing
import TraceIngest
import TraceJSON
import TraceModel
import TestSupport

/// gzip inputs are recognised by their bytes and read like the plain file; damaged, oversized and
/// zstd inputs are refused with a sentence naming the file.
@Suite struct CompressedInputTests {
    static let ops = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("datasets/ops-llm-led/traces.otlp.jsonl").path
    let folder: URL = {
        let url = TemporaryPaths.path("tracegate-gz")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }()

    /// `bytes` compressed by the system's gzip command (an independent producer).
    static func gzip(_ bytes: Data) throws -> Data {
        try compress(bytes, ["gzip", "-c"])
    }

    /// `bytes` compressed by the system's zstd command.
    static func zstd(_ bytes: Data) throws -> Data {
        try compress(bytes, ["zstd", "-q", "-c"])
    }

    private static func compress(_ bytes: Data, _ command: [String]) throws -> Data {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = command
        let input = Pipe()
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        let writer = Thread { try? input.fileHandleForWriting.write(contentsOf: bytes); try? input.fileHandleForWriting.close() }
        writer.start()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return data
    }

    func write(_ name: String, _ data: Data) throws -> String {
        let path = folder.appendingPathComponent(name).path
        try data.write(to: URL(fileURLWithPath: path))
        return path
    }

    static func ids(_ traces: [Trace]) -> [String] { traces.map(\.traceId) }

    @Test("a .jsonl.gz read in 4 KiB chunks, and two gzip members one after the other, give the plain file's traces")
    func jsonLines() throws {
        let plain = try Data(contentsOf: URL(fileURLWithPath: Self.ops))
        let expected = try Ingestor().read(file: Self.ops)
        let small = Ingestor(options: IngestOptions(chunkBytes: 4_096))
        let compressed = try small.read(file: try write("a.jsonl.gz", try Self.gzip(plain)))
        #expect(compressed.traces == expected.traces)
        let lines = plain.split(separator: 0x0A, omittingEmptySubsequences: false)
        let half = lines.count / 2
        let first = Data(lines[..<half].joined(separator: [0x0A])) + Data([0x0A])
        let second = Data(lines[half...].joined(separator: [0x0A]))
        let members = try small.read(file: try write("two.jsonl.gz", try Self.gzip(first) + Self.gzip(second)))
        #expect(members.traces == expected.traces)
    }

    @Test("zstd files (the Collector's file exporter compresses with it) read like the plain file, frames one after another too")
    func zstdFiles() throws {
        let plain = try Data(contentsOf: URL(fileURLWithPath: Self.ops))
        let expected = try Ingestor().read(file: Self.ops)
        let small = Ingestor(options: IngestOptions(chunkBytes: 4_096))
        #expect(try small.read(file: try write("a.jsonl.zst", try Self.zstd(plain))).traces == expected.traces)
        let lines = plain.split(separator: 0x0A, omittingEmptySubsequences: false)
        let first = Data(lines[..<10].joined(separator: [0x0A])) + Data([0x0A])
        let second = Data(lines[10...].joined(separator: [0x0A]))
        #expect(try small.read(file: try write("two.jsonl.zst", try Self.zstd(first) + Self.zstd(second))).traces == expected.traces)
        let whole = try write("whole.json", try Self.zstd(plain))
        #expect(try Ingestor().read(file: whole).traces == expected.traces)
    }

    @Test("gzip is found by content: a compressed whole document named .json is read whole")
    func byContent() throws {
        let document = #"{"resourceSpans":[{"scopeSpans":[{"spans":[{"traceId":"ab","spanId":"01","name":"chat","startTimeUnixNano":"1","endTimeUnixNano":"2","attributes":[{"key":"gen_ai.operation.name","value":{"stringValue":"chat"}}]}]}]}]}"#
        let read = try Ingestor().read(file: try write("doc.json", try Self.gzip(Data(document.utf8))))
        #expect(read.traces.map(\.traceId) == ["ab"] && read.traces[0].spans[0].kind == .llm)
    }

    @Test("a truncated or corrupt gzip file, a truncated zstd file and a gzip bomb are refused, naming the file")
    func refused() throws {
        let compressed = try Self.gzip(try Data(contentsOf: URL(fileURLWithPath: Self.ops)))
        let truncated = try write("cut.jsonl.gz", compressed.prefix(compressed.count / 2))
        #expect(throws: IngestError.unreadable(file: truncated, reason: "the gzip stream is truncated (it ends inside a compressed member); copy the file again")) {
            _ = try Ingestor().read(file: truncated)
        }
        var damaged = compressed
        damaged[20] ^= 0xFF
        damaged[21] ^= 0xFF
        let corrupt = try write("bad.jsonl.gz", damaged)
        #expect { _ = try Ingestor().read(file: corrupt) } throws: { error in
            guard case IngestError.unreadable(let file, let reason) = error else { return false }
            return file == corrupt && reason.hasPrefix("it is not valid gzip")
        }
        let zstd = try write("z.jsonl", Data([0x28, 0xB5, 0x2F, 0xFD, 0, 0, 0, 0]))
        #expect { _ = try Ingestor().read(file: zstd) } throws: { error in
            guard case IngestError.unreadable(let file, let reason) = error else { return false }
            return file == zstd && reason.contains("zstd stream is truncated")
        }
        // 3 MiB of blanks compress to a few kilobytes; as a whole document they pass a 1 MiB limit only compressed.
        let bomb = try write("bomb.json", try Self.gzip(Data(repeating: 0x20, count: 3 << 20)))
        let limited = Ingestor(options: IngestOptions(limits: JSONLimits(maxDocumentBytes: 1 << 20)))
        #expect { _ = try limited.read(file: bomb) } throws: { error in
            guard case IngestError.tooLarge(let file, _, _, let limit, let flag, _) = error else { return false }
            return file == bomb && limit == 1 << 20 && flag == "--max-document-mb"
        }
    }

    @Test("folders include .json, .jsonl and .ndjson files compressed with gzip or zstd; '-' names standard input once")
    func expand() throws {
        let sub = folder.appendingPathComponent("runs")
        try FileManager.default.createDirectory(at: sub, withIntermediateDirectories: true)
        for name in ["a.jsonl.gz", "b.json.gz", "c.ndjson", "d.txt.gz", "e.gz", "f.jsonl.zst"] {
            try Data().write(to: sub.appendingPathComponent(name))
        }
        #expect(try Ingestor.expand([sub.path]).map { ($0 as NSString).lastPathComponent } == ["a.jsonl.gz", "b.json.gz", "c.ndjson", "f.jsonl.zst"])
        #expect(try Ingestor.expand(["-"]) == ["-"])
        #expect(throws: IngestError.unreadable(file: "-", reason: "standard input can be read only once")) { _ = try Ingestor.expand(["-", "-"]) }
    }
}
