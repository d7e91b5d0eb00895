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
        var routes: [String] = []
        for route in (result.comparison?.routes.map(\.route) ?? []) + result.lines.map(\.route) where !routes.contains(route) {
            routes.append(route)
        }
        for route in routes {
            var cases: [String] = []
            var failures = 0
            for line in result.lines where line.route == route {
                let name = "gate: \(line.check.key)" + (line.caseId.map { " \($0)" } ?? "")
                if line.status == .fail {
                    failures += 1
                    cases.append(testcase(name, route: route, failure: line.reason, type: "regression"))
                } else {
                    cases.append(testcase(name, route: route, failure: nil, type: nil, output: "\(line.status.rawValue): \(line.reason)"))
                }
            }
            for pair in result.comparison?.pairs ?? [] where pair.route == route {
                for metric in Metric.allCases {
                    guard let before = pair.baseline.passed[metric] else { continue }
                    let after = pair.candidate.passed[metric] ?? false
                    let name = "\(pair.caseId) · \(metric.rawValue)"
                    if before && !after {
                        failures += 1
                        let scores = String(format: "%.2f → %.2f", pair.baseline.scores[metric] ?? 0, pair.candidate.scores[metric] ?? 0)
                        let missing = pair.candidate.trials == 0 ? " (no candidate trace)" : ""
                        cases.append(testcase(name, route: route, failure: "\(metric.rawValue): pass → fail, score \(scores)\(missing)",
                                              type: "case-regression"))
                    } else {
                        cases.append(testcase(name, route: route, failure: nil, type: nil))
                    }
                }
            }
            totalTests += cases.count
            totalFailures += failures
            suites.append("  <testsuite name=\"\(XMLText.escape(route))\" tests=\"\(cases.count)\" failures=\"\(failures)\" errors=\"0\" skipped=\"0\">\n"
                          + cases.joined() + "  </testsuite>\n")
        }
        let name = XMLText.escape(result.comparison.map { "tracegate gate: \($0.candidate) vs \($0.baseline)" } ?? "tracegate gate")
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
