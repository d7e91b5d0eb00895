import TraceModel

/// JSON equality as the golden format defines it: 1 == 1.0, a bool never equals a number,
/// object key order is irrelevant, arrays compare element by element.
enum JSONEquality {
    static func equal(_ lhs: JSONValue, _ rhs: JSONValue) -> Bool {
        switch (lhs, rhs) {
        case (.null, .null): return true
        case (.bool(let a), .bool(let b)): return a == b
        case (.string(let a), .string(let b)): return a == b
        case (.int, _), (.double, _):
            guard let a = number(lhs), let b = number(rhs) else { return false }
            if case .int(let x) = lhs, case .int(let y) = rhs { return x == y }
            return a == b
        case (.array(let a), .array(let b)):
            return a.count == b.count && zip(a, b).allSatisfy { equal($0, $1) }
        case (.object(let a), .object(let b)):
            return a.count == b.count && a.allSatisfy { key, value in b[key].map { equal(value, $0) } ?? false }
        default:
            return false
        }
    }

    /// The number in an int or double (never a bool, never a numeric string).
    static func number(_ value: JSONValue) -> Double? {
        switch value {
        case .int(let x): return Double(x)
        case .double(let x): return x
        default: return nil
        }
    }
}
