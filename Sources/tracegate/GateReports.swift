import Foundation
import TraceEval
import TraceReport

/// Everything a gate verdict writes: the requested documents, the verdict lines, and in GitHub
/// Actions the step summary (appended) and annotations (pointing at the golden file's cases).
struct GateReports {
    let result: GateResult
    let strict: Bool
    let output: OutputOptions
    let junit: String?
    let golden: String
    let dataset: GoldenDataset
    /// What was judged, for a result with no comparison (`score --config`).
    var subject: String?
    /// The HTML page, when the command has its own (score); else the comparison page.
    var html: (() -> String)?

    func emit(protecting protected: [String]) throws {
        let environment = ProcessInfo.processInfo.environment
        let summaryPath = environment["GITHUB_ACTIONS"] == "true" ? environment["GITHUB_STEP_SUMMARY"].flatMap { $0.isEmpty ? nil : $0 } : nil
        // Rendered only when it is written somewhere (--markdown or the GitHub step summary).
        var rendered: String?
        func markdown() -> String {
            if let rendered { return rendered }
            let text = GateMarkdown.render(result, strict: strict, subject: subject)
            rendered = text
            return text
        }
        var documents = output
        if let summaryPath, output.markdown == summaryPath { documents.markdown = nil }   // appended below, not overwritten
        try documents.write(json: { ComparisonJSON.gate(result, strict: strict).prettyText + "\n" }, markdown: markdown,
                            html: html ?? { result.comparison.map { CompareHTML.render($0, gate: result, strict: strict) } ?? "" },
                            protecting: protected)
        if let junit { try Output.write(JUnitReport.render(result), to: junit, protecting: protected) }
        if let summaryPath { try Output.append(markdown() + "\n", to: summaryPath, protecting: protected) }
        // With a document on standard output, every line for people goes to standard error.
        let toStderr = output.documentOnStdout || junit == "-"
        let say = { (line: String) in toStderr ? Console.note(line) : Console.out(line) }
        GateSummary.lines(result, strict: strict, subject: subject).forEach(say)
        if environment["GITHUB_ACTIONS"] == "true" {
            let caseLines = dataset.cases.reduce(into: [String: Int]()) { lines, golden in lines[golden.id] = golden.line }
            let routeCases = dataset.cases.reduce(into: [String: String]()) { first, golden in first[golden.route] = first[golden.route] ?? golden.id }
            GateSummary.annotations(result, source: GateSummary.Source(file: golden, caseLines: caseLines, routeCases: routeCases))
                .forEach(say)
        }
    }
}
