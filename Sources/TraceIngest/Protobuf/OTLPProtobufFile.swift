import TraceJSON

/// A file of OTLP protobuf `ExportTraceServiceRequest` messages: each after a 4-byte big-endian
/// length (as the OpenTelemetry Collector's file exporter writes them), each after a varint length
/// (protobuf's delimited form), or one message alone. The framing is found by trying each in that
/// order: the first under which every message parses and the frames cover the file exactly wins.
enum OTLPProtobufFile {
    /// How the messages of a file are delimited.
    enum Framing: String, CaseIterable {
        case bigEndianLength = "4-byte big-endian lengths"
        case varintLength = "varint lengths"
        case single = "one message"
    }

    /// The framing of `bytes` and the trace ids of each message (for handing traces on as soon as
    /// their last message is read): the first framing under which every message parses and one
    /// holds a span.
    static func framing(of bytes: [UInt8], file: String) throws(IngestError) -> (frames: [Range<Int>], traceIds: [[String]]) {
        var problems: [String] = []
        for framing in Framing.allCases {
            guard let frames = frames(bytes, framing) else {
                problems.append("\(framing.rawValue): the lengths do not cover the file")
                continue
            }
            do {
                var ids: [[String]] = []
                var spans = 0
                for frame in frames {
                    let request = try OTLPProtobuf.request(bytes[frame])
                    var frameIds: [String] = []
                    for resource in request.resourceSpans {
                        for scope in resource.scopeSpans {
                            spans += scope.spans.count
                            frameIds += scope.spans.map { OTLPProtobuf.hex($0.traceID) }
                        }
                    }
                    ids.append(frameIds)
                }
                guard spans > 0 else {
                    problems.append("\(framing.rawValue): no span in \(frames.count) message(s)")
                    continue
                }
                return (frames, ids)
            } catch {
                problems.append("\(framing.rawValue): \(error)")
            }
        }
        throw .unknownFormat(file: file, seen: "it is not JSON, and not OTLP protobuf (" + problems.joined(separator: "; ") + ")")
    }

    /// Message `index` of the file, at `frame` (which parsed when the framing was found).
    static func request(_ bytes: [UInt8], _ frame: Range<Int>, file: String, at index: Int) throws(IngestError) -> OTLPProtoExportTraceServiceRequest {
        do {
            return try OTLPProtobuf.request(bytes[frame])
        } catch {
            throw .malformedJSON(file: file, line: index + 1, column: 1, reason: "message \(index + 1) is not OTLP protobuf: \(error)")
        }
    }

    /// The byte ranges of the messages under `framing`, or nil when the lengths do not cover the bytes exactly.
    static func frames(_ bytes: [UInt8], _ framing: Framing) -> [Range<Int>]? {
        guard !bytes.isEmpty else { return nil }
        if framing == .single { return [0..<bytes.count] }
        var frames: [Range<Int>] = []
        var position = 0
        while position < bytes.count {
            var length = 0
            switch framing {
            case .bigEndianLength:
                guard bytes.count - position >= 4 else { return nil }
                for byte in bytes[position..<position + 4] { length = length << 8 | Int(byte) }
                position += 4
            case .varintLength:
                var shift = 0
                while true {
                    guard position < bytes.count, shift < 35 else { return nil }
                    let byte = bytes[position]
                    position += 1
                    length |= Int(byte & 0x7F) << shift
                    if byte < 0x80 { break }
                    shift += 7
                }
            case .single:
                return nil
            }
            guard length <= bytes.count - position else { return nil }
            frames.append(position..<position + length)
            position += length
        }
        return frames
    }

    /// True when `bytes` begin like JSON (after a byte-order mark and blanks: `{` or `[`), or are blank.
    static func looksLikeJSON(_ bytes: some Collection<UInt8>) -> Bool {
        var rest = bytes[...]
        if rest.starts(with: [0xEF, 0xBB, 0xBF]) { rest = rest.dropFirst(3) }
        guard let first = rest.first(where: { !JSONWhitespace.contains($0) }) else { return true }
        return first == UInt8(ascii: "{") || first == UInt8(ascii: "[")
    }
}
