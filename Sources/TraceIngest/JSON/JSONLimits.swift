/// Resource bounds applied while parsing untrusted JSON.
public struct JSONLimits: Sendable, Equatable {
    /// Deepest nesting of arrays and objects accepted.
    public var maxDepth: Int

    /// Creates limits.
    public init(maxDepth: Int = 512) {
        self.maxDepth = maxDepth
    }

    /// The defaults: 512 levels, far beyond any real export.
    public static let `default` = JSONLimits()
}
