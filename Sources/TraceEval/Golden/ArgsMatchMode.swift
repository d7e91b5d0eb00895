/// How an actual call's arguments are compared with an expected call's matchers.
public enum ArgsMatchMode: String, Sendable, Hashable, Codable, CaseIterable {
    /// Every expected key is present with a matching value; extra actual keys are allowed.
    case superset
    /// The same key set, every value matching.
    case exact
    /// Every actual key is expected with a matching value; expected keys may be missing.
    case subset
    /// Names only.
    case ignore
}
