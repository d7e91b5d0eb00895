import CMemory
import Foundation

/// Finds the trace ids of an OTLP/JSON line by scanning its bytes, without parsing it: the first
/// pass over a JSON Lines file only needs to know on which line each trace is last seen.
///
/// A structural `"traceId"` or `"trace_id"` key (its quote not escaped), then `:` and a string,
/// is an id. Inside a string value the quotes of such text are escaped, so valid JSON gives
/// exactly its keys; ids in span links are found too, which only makes a trace wait a little
/// longer, never too little. A value with an escape in it is left to the parser (nil).
enum TraceIdScan {
    private static let keys: [[UInt8]] = [Array(#""traceId""#.utf8), Array(#""trace_id""#.utf8)]

    /// The lowercased trace ids in `bytes[line]`, or nil when the line needs a real parse.
    static func ids(_ bytes: UnsafeBufferPointer<UInt8>, _ line: Range<Int>) -> [String]? {
        var ids: [String] = []
        var position = line.lowerBound
        let end = line.upperBound
        while position < end {
            // Only a quote that opens `"trace` can start a key: memmem skips the rest of the line's quotes.
            guard let quote = find(prefix, bytes, position..<end) else { break }
            position = quote + 1
            guard let key = keys.first(where: { matches($0, bytes, at: quote, end: end) }) else { continue }
            // A quote preceded by an odd run of backslashes is inside a string: not a key.
            if escaped(bytes, quote, from: line.lowerBound) { continue }
            var cursor = skipBlanks(bytes, quote + key.count, end)
            guard cursor < end, bytes[cursor] == UInt8(ascii: ":") else { continue }
            cursor = skipBlanks(bytes, cursor + 1, end)
            guard cursor < end, bytes[cursor] == UInt8(ascii: "\"") else { continue }
            let valueStart = cursor + 1
            guard let valueEnd = find(UInt8(ascii: "\""), bytes, valueStart..<end) else { return nil }
            if find(UInt8(ascii: "\\"), bytes, valueStart..<valueEnd) != nil { return nil }
            if valueEnd > valueStart {
                ids.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[valueStart..<valueEnd]), as: UTF8.self).lowercased())
            }
            position = valueEnd + 1
        }
        return ids
    }

    private static let prefix: [UInt8] = Array(#""trace"#.utf8)

    private static func find(_ needle: [UInt8], _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int? {
        guard range.count >= needle.count else { return nil }
        let found = needle.withUnsafeBytes { needle in
            tg_find_bytes(bytes.baseAddress! + range.lowerBound, range.count, needle.baseAddress!, needle.count)
        }
        guard let found else { return nil }
        return bytes.baseAddress!.distance(to: found.assumingMemoryBound(to: UInt8.self))
    }

    private static func find(_ byte: UInt8, _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int? {
        guard !range.isEmpty, let found = memchr(bytes.baseAddress! + range.lowerBound, Int32(byte), range.count) else { return nil }
        return bytes.baseAddress!.distance(to: found.assumingMemoryBound(to: UInt8.self))
    }

    private static func matches(_ key: [UInt8], _ bytes: UnsafeBufferPointer<UInt8>, at position: Int, end: Int) -> Bool {
        guard position + key.count <= end else { return false }
        for (offset, byte) in key.enumerated() where bytes[position + offset] != byte { return false }
        return true
    }

    private static func escaped(_ bytes: UnsafeBufferPointer<UInt8>, _ quote: Int, from start: Int) -> Bool {
        var backslashes = 0
        var index = quote - 1
        while index >= start, bytes[index] == UInt8(ascii: "\\") {
            backslashes += 1
            index -= 1
        }
        return backslashes % 2 == 1
    }

    private static func skipBlanks(_ bytes: UnsafeBufferPointer<UInt8>, _ from: Int, _ end: Int) -> Int {
        var index = from
        while index < end, bytes[index] == 0x20 || bytes[index] == 0x09 || bytes[index] == 0x0D || bytes[index] == 0x0A { index += 1 }
        return index
    }
}
