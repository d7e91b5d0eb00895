import TraceModel

/// The read-only view of JSON that every reader uses.
///
/// Readers never touch the parser or the tree behind it: they ask a view for a member, an
/// element or a scalar, and a missing member is an empty view rather than an error. A view reads
/// either a simdjson tape in place (``JSONDocumentParser``'s fast path) or a ``JSONValue`` tree
/// (the fallback parser, and values built in memory); readers cannot tell which.
public struct JSONView: Sendable {
    private enum Node: Sendable {
        case missing
        case tree(JSONValue)
        case tape(JSONTape, Int)
    }

    private let node: Node

    /// Creates a view over a value.
    public init(_ value: JSONValue?) {
        node = value.map(Node.tree) ?? .missing
    }

    init(tape: JSONTape, index: Int) {
        node = .tape(tape, index)
    }

    /// The value seen as a tree, or `nil` when the view points at nothing (a missing member).
    public var value: JSONValue? {
        switch node {
        case .missing: return nil
        case .tree(let value): return value
        case .tape(let tape, let index): return tape.value(index)
        }
    }

    /// True when the view reads a simdjson tape (tests check the fast path is taken).
    var isTape: Bool {
        if case .tape = node { return true }
        return false
    }

    /// The member `key` of an object; an empty view when absent or when this is not an object.
    public subscript(key: String) -> JSONView {
        switch node {
        case .missing: return self
        case .tree(let value): return JSONView(value.objectValue?[key])
        case .tape(let tape, let index):
            guard tape.kind(index) == UInt8(ascii: "o"), let member = tape.member(index, key) else { return JSONView(nil) }
            return JSONView(tape: tape, index: member)
        }
    }

    /// The element at `index` of an array; an empty view when out of range.
    public subscript(index: Int) -> JSONView {
        switch node {
        case .missing: return self
        case .tree(let value):
            guard let items = value.arrayValue, items.indices.contains(index) else { return JSONView(nil) }
            return JSONView(items[index])
        case .tape(let tape, let array):
            guard tape.kind(array) == UInt8(ascii: "a"), let element = tape.element(array, at: index) else { return JSONView(nil) }
            return JSONView(tape: tape, index: element)
        }
    }

    /// True when something (even `null`) is here.
    public var exists: Bool {
        if case .missing = node { return false }
        return true
    }

    /// True when a non-null value is here.
    public var isPresent: Bool {
        switch node {
        case .missing: return false
        case .tree(let value): return !value.isNull
        case .tape(let tape, let index): return tape.kind(index) != UInt8(ascii: "n")
        }
    }

    /// True when this is an object.
    public var isObject: Bool { kind == UInt8(ascii: "o") }

    /// True when this is an array.
    public var isArray: Bool { kind == UInt8(ascii: "a") }

    /// The string, when this is a string.
    public var string: String? {
        switch node {
        case .missing: return nil
        case .tree(let value): return value.stringValue
        case .tape(let tape, let index): return tape.kind(index) == UInt8(ascii: "s") ? tape.string(index) : nil
        }
    }

    /// Calls `body` with the UTF-8 bytes of the string, read in place, when this is a string (else nil):
    /// for comparing or hashing a string without making one.
    public func withStringBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R? {
        switch node {
        case .missing: return nil
        case .tree(let value):
            guard case .string(var text) = value else { return nil }
            return try text.withUTF8(body)
        case .tape(let tape, let index):
            guard tape.kind(index) == UInt8(ascii: "s") else { return nil }
            return try tape.withBytes(index, body)
        }
    }

    /// A non-empty string, when this is one.
    public var nonEmptyString: String? {
        guard let text = string, !text.isEmpty else { return nil }
        return text
    }

    /// A string, or the canonical text of a number or boolean (ids are sometimes numbers).
    public var scalarText: String? {
        switch scalar {
        case .string(let text): return text
        case .int(let number): return String(number)
        case .double(let number): return String(number)
        case .bool(let flag): return flag ? "true" : "false"
        default: return nil
        }
    }

    /// A whole number from a number or a decimal string.
    public var int64: Int64? { scalar?.int64Value }

    /// A number from a number or a numeric string.
    public var double: Double? { scalar?.doubleValue }

    /// A boolean, when this is one.
    public var bool: Bool? {
        if case .bool(let flag) = scalar { return flag }
        return nil
    }

    /// The elements, when this is an array (else empty).
    public var array: [JSONView] {
        switch node {
        case .missing: return []
        case .tree(let value): return (value.arrayValue ?? []).map { JSONView($0) }
        case .tape(let tape, let index):
            guard tape.kind(index) == UInt8(ascii: "a") else { return [] }
            return tape.elements(index).map { JSONView(tape: tape, index: $0) }
        }
    }

    /// The members sorted by key, when this is an object (else empty). A repeated key keeps its last value.
    public var members: [(key: String, value: JSONView)] {
        switch node {
        case .missing: return []
        case .tree(let value):
            guard let object = value.objectValue else { return [] }
            return object.keys.sorted().map { ($0, JSONView(object[$0])) }
        case .tape(let tape, let index):
            guard tape.kind(index) == UInt8(ascii: "o") else { return [] }
            var last: [String: Int] = [:]
            for (key, value) in tape.members(index) { last[tape.string(key)] = value }
            return last.keys.sorted().map { ($0, JSONView(tape: tape, index: last[$0]!)) }
        }
    }

    /// The members in document order, a repeated key as often as it appears, when this is an object
    /// (else empty): for strict readers that refuse what ``members`` would quietly resolve.
    public var orderedMembers: [(key: String, value: JSONView)] {
        switch node {
        case .missing: return []
        case .tree: return members
        case .tape(let tape, let index):
            guard tape.kind(index) == UInt8(ascii: "o") else { return [] }
            return tape.members(index).map { (tape.string($0.key), JSONView(tape: tape, index: $0.value)) }
        }
    }

    /// The number, when this is a JSON number (a numeric string is not one).
    public var number: Double? {
        kind == UInt8(ascii: "i") || kind == UInt8(ascii: "d") ? double : nil
    }

    /// The whole number, when this is a JSON integer literal (not `1.0`, not `"1"`).
    public var integer: Int64? {
        kind == UInt8(ascii: "i") ? int64 : nil
    }

    /// The keys, when this is an object.
    public var keys: Set<String> {
        switch node {
        case .missing: return []
        case .tree(let value): return Set(value.objectValue?.keys ?? [:].keys)
        case .tape(let tape, let index):
            guard tape.kind(index) == UInt8(ascii: "o") else { return [] }
            return Set(tape.members(index).map { tape.string($0.key) })
        }
    }

    /// The tape kind byte, or the equivalent for a tree (`o a s i d t f n`), or nil when missing.
    private var kind: UInt8? {
        switch node {
        case .missing: return nil
        case .tape(let tape, let index): return tape.kind(index)
        case .tree(let value):
            switch value {
            case .object: return UInt8(ascii: "o")
            case .array: return UInt8(ascii: "a")
            case .string: return UInt8(ascii: "s")
            case .int: return UInt8(ascii: "i")
            case .double: return UInt8(ascii: "d")
            case .bool(let flag): return UInt8(ascii: flag ? "t" : "f")
            case .null: return UInt8(ascii: "n")
            }
        }
    }

    /// The value when it is a scalar (containers are not materialized just to be refused).
    private var scalar: JSONValue? {
        switch node {
        case .missing: return nil
        case .tree(let value): return value
        case .tape(let tape, let index):
            switch tape.kind(index) {
            case UInt8(ascii: "o"), UInt8(ascii: "a"): return nil
            default: return tape.value(index)
            }
        }
    }
}
