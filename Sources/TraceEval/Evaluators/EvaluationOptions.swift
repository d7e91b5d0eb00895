/// Overrides that apply to a whole scoring run (the `--trajectory-mode` and `--args-match` flags).
public struct EvaluationOptions: Sendable, Hashable {
    /// Replaces every case's trajectory mode.
    public var trajectoryMode: TrajectoryMode?
    /// Replaces the dataset's and the catalog's argument policy.
    public var argsMatch: ArgsMatchMode?
    /// Model prices for cost and cost budgets.
    public var prices: PriceTable

    /// Creates options.
    public init(trajectoryMode: TrajectoryMode? = nil, argsMatch: ArgsMatchMode? = nil, prices: PriceTable = PriceTable()) {
        self.trajectoryMode = trajectoryMode
        self.argsMatch = argsMatch
        self.prices = prices
    }
}
