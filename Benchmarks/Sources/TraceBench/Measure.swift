import Foundation

/// Timing and memory helpers: medians over repeats, peak RSS.
enum Measure {
    struct Result: Codable {
        var name: String
        var unit: String
        var median: Double
        var min: Double
        var max: Double
        var repeats: Int
        /// The measuring process's peak RSS, when the row ran in a process of its own.
        var peakRSSMB: Double?
        /// The phases the figure adds up, when it has some.
        var phases: [Result]?
    }

    /// Runs `body` `repeats` times; `rate` turns seconds into the reported figure (e.g. MB/s).
    static func repeatTiming(_ name: String, unit: String, repeats: Int, rate: (Double) -> Double, _ body: () throws -> Void) rethrows -> Result {
        var values: [Double] = []
        for _ in 0..<repeats {
            let start = DispatchTime.now().uptimeNanoseconds
            try body()
            let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
            values.append(rate(seconds))
        }
        return summary(name, unit: unit, values: values)
    }

    /// The median, min and max of `values`.
    static func summary(_ name: String, unit: String, values: [Double]) -> Result {
        let sorted = values.sorted()
        return Result(name: name, unit: unit, median: sorted[sorted.count / 2], min: sorted.first!, max: sorted.last!, repeats: sorted.count)
    }

    /// Peak resident set size of this process so far, in MB.
    static func peakRSSMegabytes() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Double(usage.ru_maxrss) / 1024
    }
}
