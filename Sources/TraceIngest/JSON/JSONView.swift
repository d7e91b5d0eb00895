import TraceModel

/// The read-only view of JSON that every reader uses.
///
/// Readers never touch the parser or the tree behind it: they ask a view for a member, an
/// element or a scalar, and a missing member is an empty view rather than an error. This keeps
/// readers short and lets the parser underneath be replaced without touching them.
public struct JSONView: Sendable {
    /// The value seen, or `nil` when the view points at nothing (a missing member).
    public let value: JSONValue?

    /// Creates a view over a value.
    public init(_ value: JSONValue?) {
        self.value = value
    }

    /// The member `key` of an object; an empty view when absent or when this is not an object.
    public subscript(key: String) -> JSONView {
        JSONView(value?.objectValue?[key])
    }

    /// The element at `index` of an array; an empty view when out of range.
    public subscript(index: Int) -> JSONView {
        guard let items = value?.arrayValue, items.indices.contains(index) else { return JSONView(nil) }
        return JSONView(items[index])
    }

    /// True when something (even `null`) is here.
    public var exists: Bool { value != nil }

    /// True when a non-null value is here.
    public var isPresent: Bool {
        guard let value else { return false }
        return !value.isNull
    }

    /// True when this is an object.
    public var isObject: Bool { value?.objectValue != nil }

    /// True when this is an array.
    public var isArray: Bool { value?.arrayValue != nil }

    /// The string, when this is a string.
    public var string: String? { value?.stringValue }

    /// A non-empty string, when this is one.
    public var nonEmptyString: String? {
        guard let text = value?.stringValue, !text.isEmpty else { return nil }
        return text
    }

    /// A string, or the canonical text of a number or boolean (ids are sometimes numbers).
    public var scalarText: String? {
        switch value {
        case .string(let text): return text
        case .int(let number): return String(number)
        case .double(let number): return String(number)
        case .bool(let flag): return flag ? "true" : "false"
        default: return nil
        }
    }

    /// A whole number from a number or a decimal string.
    public var int64: Int64? { value?.int64Value }

    /// A number from a number or a numeric string.
    public var double: Double? { value?.doubleValue }

    /// A boolean, when this is one.
    public var bool: Bool? {
        if case .bool(let flag) = value { return flag }
        return nil
    }

    /// The elements, when this is an array (else empty).
    public var array: [JSONView] { (value?.arrayValue ?? []).map { JSONView($0) } }

    /// The members sorted by key, when this is an object (else empty).
    public var members: [(key: String, value: JSONView)] {
        guard let object = value?.objectValue else { return [] }
        return object.keys.sorted().map { ($0, JSONView(object[$0])) }
    }

    /// The keys, when this is an object.
    public var keys: Set<String> { Set(value?.objectValue?.keys ?? [:].keys) }
}
