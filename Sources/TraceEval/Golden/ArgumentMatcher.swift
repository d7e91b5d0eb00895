import Foundation
import TraceModel

/// A test on one argument value: a literal, or one of `oneOf`, `regex`, `number`, `any`,
/// `normalized`, `optional`, `absent`, `fields`.
public indirect enum ArgumentMatcher: Sendable, Hashable {
    /// JSON equality: 1 == 1.0, a bool never equals a number, object key order is irrelevant.
    case literal(JSONValue)
    /// Matches when any of the alternatives does (each a literal or any matcher).
    case oneOf([ArgumentMatcher])
    /// A string that the pattern matches (anywhere, unless anchored), within a step budget.
    case regex(GoldenRegex)
    /// A number within `abs` or `rel` (relative to the value) of `value`.
    case number(value: Double, abs: Double, rel: Double)
    /// Present, with any value.
    case any
    /// A string equal after trimming, case-folding and collapsing white space.
    case normalized(String)
    /// The key may be absent; when present it must match (nil: any value).
    case optional(ArgumentMatcher?)
    /// The key must not be present.
    case absent
    /// A nested object whose listed keys match, under the case's argument policy at that level.
    case fields([String: ArgumentMatcher])

    /// True when `value` (nil when the key is absent) satisfies the matcher; `mode` is the
    /// argument policy applied inside `fields`.
    public func matches(_ value: JSONValue?, mode: ArgsMatchMode = .superset) -> Bool {
        switch self {
        case .optional(let inner):
            guard let value else { return true }
            return inner?.matches(value, mode: mode) ?? true
        case .absent:
            return value == nil
        default:
            break
        }
        guard let value else { return false }
        switch self {
        case .literal(let expected):
            return JSONEquality.equal(expected, value)
        case .oneOf(let options):
            return options.contains { $0.matches(value, mode: mode) }
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
        case .fields(let matchers):
            guard let object = value.objectValue else { return false }
            return Self.objectMatches(matchers, object, mode: mode)
        case .optional, .absent:
            return false
        }
    }

    /// Whether the object `given` satisfies `expected` under `mode` (the rule for a call's arguments
    /// and for a nested `fields` object alike). `optional` keys may be missing; `absent` keys must be.
    static func objectMatches(_ expected: [String: ArgumentMatcher], _ given: [String: JSONValue], mode: ArgsMatchMode) -> Bool {
        switch mode {
        case .ignore:
            return true
        case .superset:
            return expected.allSatisfy { key, matcher in matcher.matches(given[key], mode: mode) }
        case .exact:
            return given.keys.allSatisfy { key in expected[key].map { !$0.isAbsent } ?? false }
                && expected.allSatisfy { key, matcher in matcher.matches(given[key], mode: mode) }
        case .subset:
            return given.allSatisfy { key, value in expected[key]?.matches(value, mode: mode) ?? false }
        }
    }

    /// Whether this is `absent` (a key that must not be there).
    var isAbsent: Bool {
        if case .absent = self { return true }
        return false
    }

    /// The pattern of a regex matcher (anywhere inside this one) that ran out of its step budget
    /// on `value`, else nil.
    public func costlyPattern(_ value: JSONValue?) -> String? {
        switch self {
        case .regex(let regex):
            guard let text = value?.stringValue, regex.evaluate(text) == .tooCostly else { return nil }
            return regex.pattern
        case .oneOf(let options):
            return options.lazy.compactMap { $0.costlyPattern(value) }.first
        case .optional(let inner):
            return inner?.costlyPattern(value)
        case .fields(let matchers):
            let object = value?.objectValue ?? [:]
            return matchers.sorted { $0.key < $1.key }.lazy.compactMap { $0.value.costlyPattern(object[$0.key]) }.first
        default:
            return nil
        }
    }

    /// Trim, case-fold, collapse runs of white space to one space.
    static func normalize(_ text: String) -> String {
        text.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
