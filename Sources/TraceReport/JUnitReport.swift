import Foundation
import TraceEval

/// The gate's verdict as JUnit XML: one testsuite per route; in it one testcase per gate check
/// (failure = the gate's sentence) and one per case × metric (failure = pass → fail, with scores).
public enum JUnitReport {
    /// The XML document.
    public static func render(_ result: GateResult) -> String {
        var suites: [String] = []
        var totalTests = 0
        var totalFailures = 0
        for route in result.comparison.routes {
            var cases: [String] = []
            var failures = 0
            for line in result.lines where line.route == route.route {
                let name = "gate: \(line.check)"
                if line.status == .fail {
                    failures += 1
                    cases.append(testcase(name, route: route.route, failure: line.reason, type: "regression"))
                } else {
                    cases.append(testcase(name, route: route.route, failure: nil, type: nil, output: "\(line.status.rawValue): \(line.reason)"))
                }
            }
            for pair in result.comparison.pairs where pair.route == route.route {
                for metric in Metric.allCases {
                    guard let before = pair.baseline.passed[metric.rawValue] else { continue }
                    let after = pair.candidate.passed[metric.rawValue] ?? false
                    let name = "\(pair.caseId) · \(metric.rawValue)"
                    if before && !after {
                        failures += 1
                        let scores = String(format: "%.2f → %.2f", pair.baseline.scores[metric.rawValue] ?? 0, pair.candidate.scores[metric.rawValue] ?? 0)
                        let missing = pair.candidate.trials == 0 ? " (no candidate trace)" : ""
                        cases.append(testcase(name, route: route.route, failure: "\(metric.rawValue): pass → fail, score \(scores)\(missing)",
                                              type: "case-regression"))
                    } else {
                        cases.append(testcase(name, route: route.route, failure: nil, type: nil))
                    }
                }
            }
            totalTests += cases.count
            totalFailures += failures
            suites.append("  <testsuite name=\"\(XMLText.escape(route.route))\" tests=\"\(cases.count)\" failures=\"\(failures)\" errors=\"0\" skipped=\"0\">\n"
                          + cases.joined() + "  </testsuite>\n")
        }
        let name = XMLText.escape("tracegate gate: \(result.comparison.candidate) vs \(result.comparison.baseline)")
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<testsuites name=\"\(name)\" tests=\"\(totalTests)\" failures=\"\(totalFailures)\" errors=\"0\">\n"
            + suites.joined() + "</testsuites>\n"
    }

    private static func testcase(_ name: String, route: String, failure: String?, type: String?, output: String? = nil) -> String {
        let open = "    <testcase classname=\"\(XMLText.escape("tracegate." + route))\" name=\"\(XMLText.escape(name))\""
        if let failure {
            return open + ">\n      <failure message=\"\(XMLText.escape(failure))\" type=\"\(type ?? "failure")\">\(XMLText.escape(failure))</failure>\n    </testcase>\n"
        }
        if let output {
            return open + ">\n      <system-out>\(XMLText.escape(output))</system-out>\n    </testcase>\n"
        }
        return open + "/>\n"
    }
}
