import Foundation
import Testing
import TraceIngest
import TraceModel
import TestSupport

/// OTLP protobuf files, written by OpenTelemetry's own Python classes (opentelemetry-proto), read
/// into exactly the traces their OTLP/JSON form gives, whatever the framing.
@Suite struct ProtobufInputTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let ops = root.appendingPathComponent("datasets/ops-llm-led/traces.otlp.jsonl").path
    let folder: URL = {
        let url = TemporaryPaths.path("tracegate-pb")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }()

    /// The bundled ops traces converted by scripts/otlp_json_to_proto.py with `framing`.
    func converted(_ framing: String) throws -> String {
        let output = folder.appendingPathComponent("ops.\(framing).pb").path
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", Self.root.appendingPathComponent("scripts/otlp_json_to_proto.py").path, Self.ops, output, framing]
        try process.run()
        process.waitUntilExit()
        try #require(process.terminationStatus == 0, "install opentelemetry-proto from PyPI (.ci/run does)")
        return output
    }

    @Test("the Collector's 4-byte-length framing, varint framing and one bare message read like the OTLP/JSON file",
          arguments: ["collector", "delimited", "single"])
    func framings(_ framing: String) throws {
        let expected = try Ingestor().read(file: Self.ops)
        let read = try Ingestor().read(file: try converted(framing))
        #expect(read.traces.count == 25)
        #expect(read.traces == expected.traces)
        #expect(read.report.format == .otlp)
    }

    @Test("a protobuf file is streamed message by message: each trace is handed on once its last message is read")
    func streamed() throws {
        var stream = try Ingestor().stream(file: try converted("collector"))
        var traces = 0
        while let batch = try stream.next() { traces += batch.count }
        #expect(traces == 25)
        // One trace per message here: each is complete within the batch of messages that holds it,
        // so none is held from one batch to the next (a whole-file read would hold all 25).
        #expect(stream.mostTracesHeld == 0)
    }

    @Test("a protobuf file gzip-compressed is read too; bytes that are neither JSON nor OTLP protobuf are refused, naming the file")
    func compressedAndJunk() throws {
        let plain = try converted("collector")
        let gz = folder.appendingPathComponent("ops.pb.gz").path
        try CompressedInputTests.gzip(try Data(contentsOf: URL(fileURLWithPath: plain))).write(to: URL(fileURLWithPath: gz))
        #expect(try Ingestor().read(file: gz).traces == Ingestor().read(file: Self.ops).traces)
        let junk = folder.appendingPathComponent("junk.pb").path
        try Data((0..<200).map { UInt8(($0 * 37 + 11) % 251) }).write(to: URL(fileURLWithPath: junk))
        #expect { _ = try Ingestor().read(file: junk) } throws: { error in
            guard case IngestError.unknownFormat(let file, let seen) = error else { return false }
            return file == junk && seen.hasPrefix("it is not JSON, and not OTLP protobuf")
        }
        // Cut in the middle of a message: the 4-byte lengths no longer cover the file.
        let whole = try Data(contentsOf: URL(fileURLWithPath: plain))
        let cut = folder.appendingPathComponent("cut.pb").path
        try whole.prefix(whole.count - 10).write(to: URL(fileURLWithPath: cut))
        #expect(throws: IngestError.self) { _ = try Ingestor().read(file: cut) }
    }
}
