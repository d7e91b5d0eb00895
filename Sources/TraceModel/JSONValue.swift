import Foundation

/// A JSON value held exactly as it was written.
///
/// Integers that fit in `Int64` stay integers (never routed through `Double`), so token counts
/// and nanosecond timestamps survive intact. Objects keep no key order: two objects are equal
/// when they hold the same keys with equal values, and ``canonicalText`` sorts keys.
public enum JSONValue: Sendable, Hashable {
    case null
    case bool(Bool)
    case int(Int64)
    case double(Double)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])
}

extension JSONValue {
    /// The string payload, or `nil` when this is not a string.
    public var stringValue: String? {
        if case .string(let text) = self { return text }
        return nil
    }

    /// The object payload, or `nil` when this is not an object.
    public var objectValue: [String: JSONValue]? {
        if case .object(let members) = self { return members }
        return nil
    }

    /// The array payload, or `nil` when this is not an array.
    public var arrayValue: [JSONValue]? {
        if case .array(let items) = self { return items }
        return nil
    }

    /// A whole number read from an integer, an integral double, or a decimal string (`"631"`).
    ///
    /// Exporters disagree on how they write 64-bit integers (OTLP writes them as strings,
    /// Langfuse stores numbers as strings), so every reader goes through this one rule.
    public var int64Value: Int64? {
        switch self {
        case .int(let value):
            return value
        case .double(let value):
            guard value.isFinite, value.rounded() == value, abs(value) < 9.2e18 else { return nil }
            return Int64(value)
        case .string(let text):
            return Int64(text) ?? Int64(text.trimmingCharacters(in: .whitespaces))
        default:
            return nil
        }
    }

    /// A floating-point number read from a number or a numeric string.
    public var doubleValue: Double? {
        switch self {
        case .int(let value): return Double(value)
        case .double(let value): return value
        case .string(let text): return Double(text) ?? Double(text.trimmingCharacters(in: .whitespaces))
        default: return nil
        }
    }

    /// True for `.null`.
    public var isNull: Bool {
        if case .null = self { return true }
        return false
    }

    /// The member named `key` when this is an object.
    public subscript(key: String) -> JSONValue? {
        objectValue?[key]
    }
}

