import Foundation

/// One metric compared between baseline and candidate over the cases both have.
public struct MetricComparison: Sendable, Hashable {
    /// The metric.
    public var metric: Metric
    /// Paired cases.
    public var n: Int
    /// Baseline mean over the paired cases.
    public var baseline: Double
    /// Candidate mean over the paired cases.
    public var candidate: Double
    /// Seeded paired-bootstrap 95 % interval of candidate − baseline.
    public var ci95: ClosedRange<Double>
    /// Cases that went pass → fail.
    public var worse: Int
    /// Cases that went fail → pass.
    public var better: Int
    /// Exact one-sided McNemar p-value for a drop in pass rate.
    public var mcNemarP: Double
    /// One-sided bootstrap p-value for a drop in mean score.
    public var bootstrapP: Double
    /// Whether every score on both sides is 0 or 1 (then McNemar is the test that counts).
    public var binary: Bool
    /// The p-value the gate uses (McNemar for binary metrics, else bootstrap) after Holm's correction
    /// across the routes of this metric (and overall, when there are several routes).
    public var adjustedP: Double
    /// How many tests share the Holm correction with this one.
    public var familySize = 1
    /// Bootstrap resamples behind `bootstrapP` and `ci95`.
    public var resamples = 10_000
    /// Cases whose score rose, fell, or stayed.
    public var wins: Int
    public var losses: Int
    public var ties: Int
    /// Baseline and candidate pass rates.
    public var baselinePassRate: Double
    public var candidatePassRate: Double

    /// candidate − baseline.
    public var difference: Double { candidate - baseline }

    /// The raw p-value for this metric's test.
    public var rawP: Double { binary ? mcNemarP : bootstrapP }

    /// Whether an interval means anything: one paired case has none.
    public var hasInterval: Bool { n >= 2 }

    /// The smallest raw p-value this test could give with these cases, had every one got worse:
    /// 2^-n for McNemar, 1/(B+1) for the bootstrap (nothing below 2 cases).
    public var smallestP: Double {
        guard n >= 2 || binary else { return 1 }
        return binary ? Double.pow2(-n) : 1 / Double(resamples + 1)
    }

    /// `[-0.600, -0.200]`, or `n = 1: no interval`.
    public var intervalText: String {
        hasInterval ? String(format: "[%+.3f, %+.3f]", ci95.lowerBound, ci95.upperBound) : "n = \(n): no interval"
    }

    /// The raw p-value as text; a bootstrap p at its floor is shown as a bound, not as exact.
    public var pText: String { Self.pText(rawP, bootstrap: !binary, resamples: resamples) }

    /// The Holm-adjusted p-value as text, a bound when the raw bootstrap p-value was one.
    public var adjustedPText: String {
        (!binary && Self.atFloor(bootstrapP, resamples: resamples) ? "≤ " : "") + Self.pText(adjustedP, bootstrap: false, resamples: resamples)
    }

    /// Whether a bootstrap p-value is 1/(B+1), the smallest B resamples can show.
    static func atFloor(_ p: Double, resamples: Int) -> Bool {
        p <= (1 / Double(resamples + 1)) * (1 + 1e-9)
    }

    /// A p-value as text: four decimals, or scientific below 0.0001; a bootstrap p-value at
    /// 1/(B+1), the smallest B resamples can show, as `≤ 1.0e-04`.
    public static func pText(_ p: Double, bootstrap: Bool, resamples: Int) -> String {
        if bootstrap, atFloor(p, resamples: resamples) { return "≤ " + String(format: "%.1e", 1 / Double(resamples + 1)) }
        return p < 0.0001 ? String(format: "%.1e", p) : String(format: "%.4f", p)
    }
}

extension Double {
    /// 2 to the power `exponent`, exact for the integers used here.
    static func pow2(_ exponent: Int) -> Double {
        var value = 1.0
        for _ in 0..<abs(exponent) { value *= 2 }
        return exponent < 0 ? 1 / value : value
    }
}
