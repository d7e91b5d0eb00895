/// The gate's verdict: every line, and the worst status.
public struct GateResult: Sendable, Hashable {
    /// The comparison judged.
    public var comparison: Comparison
    /// The configuration applied.
    public var config: GateConfig
    /// Every checked line, routes in order.
    public var lines: [GateLine]

    /// The worst status of any line.
    public var status: GateLine.Status { lines.map(\.status).max() ?? .pass }

    /// Lines with the given status.
    public func lines(_ status: GateLine.Status) -> [GateLine] { lines.filter { $0.status == status } }
}
