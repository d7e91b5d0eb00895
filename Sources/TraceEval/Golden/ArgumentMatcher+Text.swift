import TraceModel

extension ArgumentMatcher {
    /// The matcher as a person reads it: a literal as JSON, `one of [...]`, `/regex/`, `≈ 3 ± 0.1`,
    /// `any`, `≈ "text"` (normalized).
    public var displayText: String {
        switch self {
        case .literal(let value): return value.canonicalText
        case .oneOf(let options): return "one of [" + options.map(\.displayText).joined(separator: ", ") + "]"
        case .regex(let regex): return "/\(regex.pattern)/"
        case .number(let value, let absolute, let relative):
            let tolerance = relative > 0 ? "\(JSONValue.double(relative * 100).canonicalText)%" : JSONValue.double(absolute).canonicalText
            return "≈ \(JSONValue.double(value).canonicalText) ± \(tolerance)"
        case .any: return "any"
        case .normalized(let text): return "≈ " + JSONValue.string(text).canonicalText
        case .optional(let inner): return "optional " + (inner?.displayText ?? "any")
        case .absent: return "absent"
        case .fields(let matchers):
            return "{" + matchers.sorted { $0.key < $1.key }.map { "\($0.key) = \($0.value.displayText)" }.joined(separator: ", ") + "}"
        }
    }
}

extension ExpectedCall {
    /// `tool(key = matcher, …)`, keys sorted; the bare name when no argument is checked.
    public var displayText: String {
        guard let arguments else { return tool }
        return tool + "(" + arguments.sorted { $0.key < $1.key }.map { "\($0.key) = \($0.value.displayText)" }.joined(separator: ", ") + ")"
    }
}

extension ToolCall {
    /// `tool(key = value, …)` with the values as canonical JSON; `tool(<text>)` for non-object arguments.
    public var displayText: String {
        guard let arguments else { return name + "()" }
        guard let object = arguments.objectValue else { return name + "(" + arguments.displayText + ")" }
        return name + "(" + object.sorted { $0.key < $1.key }.map { "\($0.key) = \($0.value.canonicalText)" }.joined(separator: ", ") + ")"
    }
}
