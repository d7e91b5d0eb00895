import Foundation
import TraceModel

/// A test on one argument value (GOLDEN.md): a literal, or one of `oneOf`, `regex`, `number`, `any`, `normalized`.
public enum ArgumentMatcher: Sendable, Hashable {
    /// JSON equality: 1 == 1.0, a bool never equals a number, object key order is irrelevant.
    case literal(JSONValue)
    /// Equal to one of the values.
    case oneOf([JSONValue])
    /// A string that the pattern matches (anywhere, unless anchored), within a step budget.
    case regex(GoldenRegex)
    /// A number within `abs` or `rel` (relative to the value) of `value`.
    case number(value: Double, abs: Double, rel: Double)
    /// Present, with any value.
    case any
    /// A string equal after trimming, case-folding and collapsing white space.
    case normalized(String)

    /// True when `value` (nil when the key is absent) satisfies the matcher.
    public func matches(_ value: JSONValue?) -> Bool {
        guard let value else { return false }
        switch self {
        case .literal(let expected):
            return JSONEquality.equal(expected, value)
        case .oneOf(let options):
            return options.contains { JSONEquality.equal($0, value) }
        case .regex(let regex):
            guard let text = value.stringValue else { return false }
            return regex.evaluate(text) == .match
        case .number(let expected, let absolute, let relative):
            guard let actual = JSONEquality.number(value) else { return false }
            let tolerance = max(absolute, relative * Swift.abs(expected))
            return Swift.abs(actual - expected) <= tolerance
        case .any:
            return true
        case .normalized(let text):
            guard let actual = value.stringValue else { return false }
            return Self.normalize(actual) == Self.normalize(text)
        }
    }

    /// The pattern of a regex matcher that ran out of its step budget on `value`, else nil.
    public func costlyPattern(_ value: JSONValue?) -> String? {
        guard case .regex(let regex) = self, let text = value?.stringValue, regex.evaluate(text) == .tooCostly else { return nil }
        return regex.pattern
    }

    /// Trim, case-fold, collapse runs of white space to one space.
    static func normalize(_ text: String) -> String {
        text.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
