/// How often an expected step was missed or failed, before and after: a route that starts
/// skipping a step shows here first.
public struct StepChange: Sendable, Hashable {
    /// The expected tool.
    public var tool: String
    /// Baseline miss-or-fail rate.
    public var baselineRate: Double
    /// Candidate miss-or-fail rate.
    public var candidateRate: Double
    /// Times the step was expected on the baseline side.
    public var baselineExpected: Int
    /// Times the step was expected on the candidate side.
    public var candidateExpected: Int

    /// candidate − baseline.
    public var change: Double { candidateRate - baselineRate }
}
