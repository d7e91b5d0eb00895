/// One checked route × metric (or cost, latency, critical case) with its verdict and the reason.
public struct GateLine: Sendable, Hashable {
    /// Pass, warn or fail.
    public enum Status: String, Sendable, Hashable, Comparable {
        case pass, warn, fail

        /// pass < warn < fail.
        public static func < (lhs: Status, rhs: Status) -> Bool {
            let order: [Status] = [.pass, .warn, .fail]
            return order.firstIndex(of: lhs)! < order.firstIndex(of: rhs)!
        }
    }

    /// The route.
    public var route: String
    /// The metric key, `cost`, `latency`, or `critical`.
    public var check: String
    /// The verdict.
    public var status: Status
    /// One sentence with the numbers.
    public var reason: String
}
