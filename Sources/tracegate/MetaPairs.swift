import ArgumentParser
import TraceModel
import TraceStore

/// `key=value` pairs of run metadata, as `ingest --meta`, `runs --where` and `--baseline latest:…` take them.
enum MetaPairs {
    /// The pairs of `items`; an error naming the first that is not `key=value` with a key of
    /// letters, digits, `_`, `.` or `-` (at most 64) and a value of 1–1,000 bytes without control characters.
    static func parse(_ items: [String], option: String) throws -> [String: String] {
        var pairs: [String: String] = [:]
        for item in items {
            guard let equals = item.firstIndex(of: "=") else {
                throw ValidationError("\(option) takes key=value (for example branch=main), not '\(item)'")
            }
            let key = String(item[..<equals])
            let value = String(item[item.index(after: equals)...])
            let keyCharacters = key.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || "_.-".unicodeScalars.contains($0)) }
            guard !key.isEmpty, key.count <= 64, keyCharacters else {
                throw ValidationError("\(option): the key '\(key)' must be 1–64 letters, digits, '_', '.' or '-'")
            }
            guard !value.isEmpty, value.utf8.count <= 1_000, !value.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) else {
                throw ValidationError("\(option): the value of '\(key)' must be 1–1000 bytes without control characters")
            }
            pairs[key] = value
        }
        return pairs
    }

    /// The run a `--baseline` names: itself, or for `latest[:key=value,…]` the newest run with
    /// that metadata other than `excluding` (the candidate), said on standard error.
    static func resolve(_ baseline: String, in store: TraceStore, excluding: String?) throws -> String {
        guard let filter = try latestFilter(baseline) else { return baseline }
        let name = try store.latestRun(matching: filter, excluding: excluding)
        Console.note("baseline: '\(name)', the newest run with \(filter.isEmpty ? "any metadata or none" : RunSummary.text(of: filter))")
        return name
    }

    /// The filter of a baseline written `latest` or `latest:key=value[,key=value…]`, or nil for a run name.
    static func latestFilter(_ baseline: String) throws -> [String: String]? {
        if baseline == "latest" { return [:] }
        guard baseline.hasPrefix("latest:") else { return nil }
        let rest = baseline.dropFirst("latest:".count)
        return try parse(rest.split(separator: ",").map(String.init), option: "--baseline latest:")
    }
}
