/// A metric name that is none of the five.
public struct MetricNameError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The name given.
    public var name: String

    /// "unknown metric 'x'; allowed: …".
    public var description: String {
        "unknown metric '\(name)'; allowed: \(Metric.allCases.map(\.rawValue).joined(separator: ", "))"
    }
}
