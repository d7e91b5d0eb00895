import Yams

/// Composes a golden or configuration document into a ``YAMLTree``.
///
/// ``FastYAML`` reads the subset of YAML that golden files are written in (block mappings and
/// lists, one-line flow collections, plain and quoted one-line scalars, comments) about ten times
/// faster than Yams. It gives up on anything else (anchors, tags, block scalars, multi-line
/// scalars, documents markers, tabs, anything malformed), and Yams then composes the document as
/// before, so every document reads the same either way and every error is Yams' own.
enum YAMLDocument {
    /// The document's root node, or nil when the document is empty (only comments or blanks).
    static func root(_ text: String, file: String) throws(GoldenError) -> YAMLTree? {
        if let tree = FastYAML.compose(text) { return tree }
        return try composeWithYams(text, file: file)
    }

    /// The root as Yams composes it, after checking that its aliases expand within the budget.
    static func composeWithYams(_ text: String, file: String) throws(GoldenError) -> YAMLTree? {
        let composed: Node?
        do {
            // The basic resolver leaves plain scalars untyped; the readers type them (PlainScalar).
            composed = try Yams.compose(yaml: text, .basic)
        } catch let error as YamlError {
            throw GoldenError(file: file, line: line(of: error), field: "(document)", message: "not valid YAML: " + shortened("\(error)"))
        } catch {
            throw GoldenError(file: file, line: nil, field: "(document)", message: "not valid YAML: \(error)")
        }
        guard let root = composed else { return nil }
        try YAMLBudget.check(root, budget: YAMLBudget.nodes(forBytes: text.utf8.count), file: file)
        return YAMLTree(root)
    }

    /// Yams quotes the offending line whole; a line of a 400 KB document is cut to its first 200
    /// characters, so the error stays readable (it names the line and column).
    static func shortened(_ message: String) -> String {
        message.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.count > 200 ? $0.prefix(200) + "…" : String($0) }
            .joined(separator: "\n")
    }

    private static func line(of error: YamlError) -> Int? {
        switch error {
        case .parser(_, _, let mark, _), .scanner(_, _, let mark, _): return mark.line
        case .composer(_, _, let mark, _): return mark.line
        case .duplicatedKeysInMapping(_, let context): return context.mark.line
        default: return nil
        }
    }
}
