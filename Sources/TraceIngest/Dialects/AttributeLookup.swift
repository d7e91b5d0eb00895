import TraceModel
import TraceJSON

/// Lookups over one span's attributes that every dialect needs: first non-empty of several keys,
/// JSON hidden inside strings, Python list reprs, and flattened indexed keys (`a.0.b`, `a.1.b`).
struct AttributeLookup {
    /// Where the values are: a dictionary, or an OTLP attribute list read in place.
    private enum Storage {
        /// With a summary of which keys it may hold: most names looked for are absent, and this
        /// says so without hashing them.
        case dictionary([String: JSONValue], KeyFilter)
        case list(OTLPAttributeList)
    }

    private let storage: Storage
    /// `gen_ai.input.messages`, its embedded JSON parsed once and read in place (several mappers read it).
    let inputMessages: JSONView?
    /// `gen_ai.output.messages`, its embedded JSON parsed once and read in place (several mappers read it).
    let outputMessages: JSONView?
    /// Whether any key may be a flattened indexed key (`a.0.b`): most spans have none, and then
    /// ``indexed(_:)``, asked for several prefixes per span, need not walk the keys at all.
    private let hasIndexedKeys: Bool

    /// Lookups over `attributes`.
    init(attributes: [String: JSONValue]) {
        self.init(storage: .dictionary(attributes, KeyFilter(attributes.keys)),
                  hasIndexedKeys: attributes.keys.contains(where: Self.mayBeIndexed))
    }

    /// Lookups over an OTLP attribute list, which holds no indexed key (``OTLPAttributeList`` refuses those).
    init(list: OTLPAttributeList) {
        self.init(storage: .list(list), hasIndexedKeys: false)
    }

    private init(storage: Storage, hasIndexedKeys: Bool) {
        self.storage = storage
        self.hasIndexedKeys = hasIndexedKeys
        inputMessages = Self.embeddedView(of: "gen_ai.input.messages", in: storage)
        outputMessages = Self.embeddedView(of: "gen_ai.output.messages", in: storage)
    }

    /// The value of `key` as a view, JSON inside a string parsed and read in place; nil when
    /// absent, null or empty. A string in an attribute list is parsed from where it lies.
    private static func embeddedView(of key: String, in storage: Storage) -> JSONView? {
        if case .list(let list) = storage, let text = list.anyValue(key)?["stringValue"] {
            switch text.withStringBytes(embedded) {
            case .some(.some(let view)): return view
            case .some(.none): return text.nonEmptyString.map { JSONView(.string($0)) }
            case .none: break  // not a string: decoded below, as any value
            }
        }
        return first([key], in: storage).map(embeddedView)
    }

    /// True when `key` has a dot followed by a digit or a sign: the start of an index segment
    /// that `Int` could read. A key without one is in no group of ``indexed(_:)``.
    static func mayBeIndexed(_ key: String) -> Bool {
        key.utf8.withContiguousStorageIfAvailable(mayBeIndexed) ?? mayBeIndexed(key.utf8)
    }

    /// ``mayBeIndexed(_:)`` over a key's UTF-8 bytes.
    static func mayBeIndexed(_ bytes: some Collection<UInt8>) -> Bool {
        var afterDot = false
        for byte in bytes {
            if afterDot, (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-") {
                return true
            }
            afterDot = byte == UInt8(ascii: ".")
        }
        return false
    }

    /// The value of `key`, null included; nil when absent.
    private static func value(_ key: String, in storage: Storage) -> JSONValue? {
        switch storage {
        case .dictionary(let attributes, let filter): return filter.mayContain(key) ? attributes[key] : nil
        case .list(let list): return list.value(key)
        }
    }

    /// The first present, non-null, non-empty value among `keys`.
    func first(_ keys: String...) -> JSONValue? {
        Self.first(keys, in: storage)
    }

    /// The first present, non-null, non-empty value among `keys`.
    func first(_ keys: [String]) -> JSONValue? {
        Self.first(keys, in: storage)
    }

    private static func first(_ keys: [String], in storage: Storage) -> JSONValue? {
        for key in keys {
            guard let value = value(key, in: storage), !value.isNull else { continue }
            if case .string(let text) = value, text.isEmpty { continue }
            return value
        }
        return nil
    }

    /// The first value among `keys` as text (numbers printed), or nil.
    func text(_ keys: String...) -> String? {
        guard let value = first(keys) else { return nil }
        if case .string(let text) = value { return text }
        return value.canonicalText
    }

    /// The first value among `keys` as a whole number, accepting numbers and numeric strings.
    func integer(_ keys: String...) -> Int64? {
        for key in keys {
            if let number = Self.value(key, in: storage)?.int64Value { return number }
        }
        return nil
    }

    /// The value with JSON inside a string decoded (double-encoded attributes); other strings stay strings.
    static func decodeEmbedded(_ value: JSONValue) -> JSONValue {
        embedded(value)?.value ?? value
    }

    /// The value as a view: JSON inside a string parsed and read in place, other values as they are.
    static func embeddedView(_ value: JSONValue) -> JSONView {
        embedded(value) ?? JSONView(value)
    }

    /// The JSON document inside `value`, when it is a string that holds one. It is parsed by
    /// ``JSONDocumentParser``, which accepts exactly what ``JSONParser`` accepts, with the same
    /// values: on this thread's parser, or on one of its own when the text is over a megabyte, so
    /// that a thread never keeps a large document's buffers.
    private static func embedded(_ value: JSONValue) -> JSONView? {
        guard case .string(var text) = value else { return nil }
        return text.withUTF8(embedded)
    }

    /// ``embedded(_:)`` over a string's UTF-8 bytes.
    private static func embedded(_ bytes: UnsafeBufferPointer<UInt8>) -> JSONView? {
        // Only text whose first non-space byte opens an object or array can be embedded JSON:
        // check the bytes before paying for a parse.
        guard let first = bytes.first(where: { $0 != 0x20 && $0 != 0x0A && $0 != 0x0D && $0 != 0x09 }),
              first == UInt8(ascii: "{") || first == UInt8(ascii: "[") else { return nil }
        let parser = bytes.count > 1 << 20 ? JSONDocumentParser() : JSONDocumentParser.ofThisThread
        return try? parser.parse(bytes)
    }

    /// A list of strings from an array, a JSON-string array, or a Python list repr (`"['stop']"`).
    static func stringList(_ value: JSONValue) -> [String] {
        switch decodeEmbedded(value) {
        case .array(let items):
            return items.compactMap { $0.stringValue ?? ($0.isNull ? nil : $0.canonicalText) }
        case .string(let text):
            // Most values are one plain word (a call id, a finish reason): nothing to trim or split.
            if let first = text.utf8.first, let last = text.utf8.last, isPrintable(first), first != UInt8(ascii: "["), isPrintable(last) {
                return [text]
            }
            let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
            guard trimmed.hasPrefix("["), trimmed.hasSuffix("]") else { return trimmed.isEmpty ? [] : [trimmed] }
            return trimmed.dropFirst().dropLast().split(separator: ",").map {
                $0.trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "'\""))
            }.filter { !$0.isEmpty }
        case .null:
            return []
        case let other:
            return [other.canonicalText]
        }
    }

    /// A printable ASCII byte other than space: text that begins and ends with one has nothing to trim.
    private static func isPrintable(_ byte: UInt8) -> Bool {
        byte > 0x20 && byte < 0x7F
    }

    /// Groups flattened keys `prefix.N.rest` by their index N (sorted numerically, sparse allowed).
    /// `prefix` ends with a dot.
    func indexed(_ prefix: String) -> [(index: Int, fields: [String: JSONValue])] {
        assert(prefix.hasSuffix("."), "an indexed prefix ends with a dot")
        guard hasIndexedKeys, case .dictionary(let attributes, _) = storage else { return [] }
        var groups: [Int: [String: JSONValue]] = [:]
        for (key, value) in attributes where key.hasPrefix(prefix) {
            let rest = key.dropFirst(prefix.count)
            guard let dot = rest.firstIndex(of: ".") ?? Optional(rest.endIndex),
                  let index = Int(rest[rest.startIndex..<dot]) else { continue }
            let field = dot < rest.endIndex ? String(rest[rest.index(after: dot)...]) : ""
            groups[index, default: [:]][field] = value
        }
        return groups.keys.sorted().map { ($0, groups[$0]!) }
    }
}

import Foundation
