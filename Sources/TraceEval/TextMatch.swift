import Foundation

/// Text comparisons used by the outcome criteria.
enum TextMatch {
    /// `needle` inside `haystack`; on word boundaries at whichever end of the needle is a letter or digit.
    static func contains(_ haystack: String, _ needle: String) -> Bool {
        guard !needle.isEmpty else { return true }
        var pattern = NSRegularExpression.escapedPattern(for: needle)
        if let first = needle.first, first.isLetter || first.isNumber { pattern = "(?<![\\p{L}\\p{N}])" + pattern }
        if let last = needle.last, last.isLetter || last.isNumber { pattern += "(?![\\p{L}\\p{N}])" }
        guard let expression = try? NSRegularExpression(pattern: pattern) else { return haystack.contains(needle) }
        return expression.firstMatch(in: haystack, range: NSRange(haystack.startIndex..., in: haystack)) != nil
    }

    /// Every number written in `text` ("1,200" is 1200, "-3.5" is −3.5).
    static func numbers(in text: String) -> [Double] {
        guard let expression = try? NSRegularExpression(pattern: "(?<![\\p{L}\\p{N}.])-?\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|(?<![\\p{L}\\p{N}.])-?\\d+(?:\\.\\d+)?") else {
            return []
        }
        return expression.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap { match in
            Range(match.range, in: text).flatMap { Double(text[$0].replacingOccurrences(of: ",", with: "")) }
        }
    }

    /// Case-folded, commas removed (τ-bench's rule for outputs).
    static func fold(_ text: String) -> String {
        text.lowercased().replacingOccurrences(of: ",", with: "")
    }
}
