import Foundation

/// A regular expression from a golden file, compiled once when the file is read, and matched under
/// a step budget: a pattern such as `^(a+)+$` backtracks exponentially on some inputs, and would
/// otherwise cost seconds per evaluation and then fail silently.
///
/// The budget counts ICU's progress callbacks, which come once per starting position of the search
/// (cheap) and once per fixed number of backtracking steps (costly), so the outcome is the same on
/// every machine and every run: two per character of the text plus 200 allows every ordinary search
/// and stops `^(a+)+$` on forty `a`s and a `!` within a few hundredths of a second.
public final class GoldenRegex: Sendable, Hashable, ExpressibleByStringLiteral, CustomStringConvertible {
    /// What matching found.
    public enum Outcome: Sendable, Hashable {
        case match, noMatch
        /// The step budget ran out first: an error of the golden, not a verdict on the trace.
        case tooCostly
    }

    /// Progress callbacks allowed when searching `text`.
    public static func budget(for text: String) -> Int {
        200 + 2 * text.utf16.count
    }

    /// The pattern as written.
    public let pattern: String
    private let expression: NSRegularExpression?
    /// The last text searched and its outcome: the evaluators and the golden-error audit ask twice.
    private let last = LastOutcome()

    /// Compiles `pattern`; an invalid one never matches (the loader refuses it first).
    public init(_ pattern: String) {
        self.pattern = pattern
        expression = try? NSRegularExpression(pattern: pattern)
    }

    public convenience init(stringLiteral value: String) {
        self.init(value)
    }

    /// Whether the pattern compiled.
    public var isValid: Bool { expression != nil }

    /// Searches `text` (anywhere, unless the pattern is anchored) within the budget.
    public func evaluate(_ text: String) -> Outcome {
        guard let expression else { return .noMatch }
        if let cached = last.outcome(for: text) { return cached }
        let budget = Self.budget(for: text)
        var found = false
        var steps = 0
        var exhausted = false
        expression.enumerateMatches(in: text, options: [.reportProgress], range: NSRange(text.startIndex..., in: text)) { match, _, stop in
            if match != nil {
                found = true
                stop.pointee = true
                return
            }
            steps += 1
            if steps > budget {
                exhausted = true
                stop.pointee = true
            }
        }
        let outcome: Outcome = found ? .match : exhausted ? .tooCostly : .noMatch
        last.store(outcome, for: text)
        return outcome
    }

    public var description: String { pattern }

    public static func == (lhs: GoldenRegex, rhs: GoldenRegex) -> Bool { lhs.pattern == rhs.pattern }

    public func hash(into hasher: inout Hasher) { hasher.combine(pattern) }
}

/// A one-entry cache behind a lock.
private final class LastOutcome: @unchecked Sendable {
    private let lock = NSLock()
    private var text: String?
    private var outcome: GoldenRegex.Outcome?

    func outcome(for text: String) -> GoldenRegex.Outcome? {
        lock.lock()
        defer { lock.unlock() }
        return self.text == text ? outcome : nil
    }

    func store(_ outcome: GoldenRegex.Outcome, for text: String) {
        lock.lock()
        defer { lock.unlock() }
        self.text = text
        self.outcome = outcome
    }
}
