import Foundation
import TraceModel

/// A parsed JSON document as a flat tape of 64-bit words (the layout of `csimdjson.h`), owned by Swift.
///
/// Values are read in place: a container word holds the index just past its end, so skipping a
/// member never walks its contents, and strings are decoded only when a reader asks for one.
final class JSONTape: Sendable {
    let words: [UInt64]
    let strings: [UInt8]

    init(words: [UInt64], strings: [UInt8]) {
        self.words = words
        self.strings = strings
    }

    /// The kind byte of the value at `index` (`o a s i d t f n`).
    @inline(__always)
    func kind(_ index: Int) -> UInt8 { UInt8(truncatingIfNeeded: words[index] >> 56) }

    @inline(__always)
    private func payload(_ index: Int) -> Int { Int(truncatingIfNeeded: words[index] & 0x00FF_FFFF_FFFF_FFFF) }

    /// The index just past the value at `index`.
    @inline(__always)
    func next(_ index: Int) -> Int {
        switch kind(index) {
        case UInt8(ascii: "o"), UInt8(ascii: "a"): return payload(index)
        case UInt8(ascii: "s"), UInt8(ascii: "i"), UInt8(ascii: "d"): return index + 2
        default: return index + 1
        }
    }

    /// The element or member count of the container at `index`.
    func count(_ index: Int) -> Int { Int(truncatingIfNeeded: words[index + 1]) }

    /// The value of member `key` of the object at `index` (the last one, when a key repeats), or nil.
    func member(_ index: Int, _ key: String) -> Int? {
        var key = key
        return key.withUTF8 { wanted -> Int? in
            var position = index + 2
            let end = payload(index)
            var found: Int?
            while position < end {
                if equals(position, wanted) { found = position + 2 }
                position = next(position + 2)
            }
            return found
        }
    }

    /// The indices of the elements of the array at `index`.
    func elements(_ index: Int) -> [Int] {
        var result: [Int] = []
        result.reserveCapacity(count(index))
        var position = index + 2
        let end = payload(index)
        while position < end {
            result.append(position)
            position = next(position)
        }
        return result
    }

    /// The element at position `position` of the array at `index`, walking past the ones before it.
    func element(_ index: Int, at position: Int) -> Int? {
        guard position >= 0, position < count(index) else { return nil }
        var element = index + 2
        for _ in 0..<position { element = next(element) }
        return element
    }

    /// The members of the object at `index` in document order, as (key index, value index).
    func members(_ index: Int) -> [(key: Int, value: Int)] {
        var result: [(key: Int, value: Int)] = []
        result.reserveCapacity(count(index))
        var position = index + 2
        let end = payload(index)
        while position < end {
            result.append((position, position + 2))
            position = next(position + 2)
        }
        return result
    }

    /// The string at `index` (the caller checked the kind).
    func string(_ index: Int) -> String {
        let offset = payload(index)
        let length = Int(truncatingIfNeeded: words[index + 1])
        return strings.withUnsafeBufferPointer {
            String(decoding: UnsafeBufferPointer(rebasing: $0[offset..<offset + length]), as: UTF8.self)
        }
    }

    /// Calls `body` with the UTF-8 bytes of the string at `index` in place (the caller checked the kind).
    func withBytes<R>(_ index: Int, _ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        let offset = payload(index)
        let length = Int(truncatingIfNeeded: words[index + 1])
        return try strings.withUnsafeBufferPointer { try body(UnsafeBufferPointer(rebasing: $0[offset..<offset + length])) }
    }

    /// The int64 at `index`.
    func int64(_ index: Int) -> Int64 { Int64(bitPattern: words[index + 1]) }

    /// The double at `index`.
    func double(_ index: Int) -> Double { Double(bitPattern: words[index + 1]) }

    /// The value at `index` as a tree.
    func value(_ index: Int) -> JSONValue {
        switch kind(index) {
        case UInt8(ascii: "o"):
            var object: [String: JSONValue] = [:]
            object.reserveCapacity(count(index))
            for (key, value) in members(index) { object[string(key)] = self.value(value) }
            return .object(object)
        case UInt8(ascii: "a"): return .array(elements(index).map(value))
        case UInt8(ascii: "s"): return .string(string(index))
        case UInt8(ascii: "i"): return .int(int64(index))
        case UInt8(ascii: "d"): return .double(double(index))
        case UInt8(ascii: "t"): return .bool(true)
        case UInt8(ascii: "f"): return .bool(false)
        default: return .null
        }
    }

    private func equals(_ index: Int, _ wanted: UnsafeBufferPointer<UInt8>) -> Bool {
        let length = Int(truncatingIfNeeded: words[index + 1])
        guard length == wanted.count else { return false }
        let offset = payload(index)
        return strings.withUnsafeBufferPointer { buffer in
            guard length > 0 else { return true }
            return memcmp(buffer.baseAddress! + offset, wanted.baseAddress!, length) == 0
        }
    }
}
