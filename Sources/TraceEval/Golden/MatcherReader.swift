import Foundation
import TraceModel

/// Reads an argument matcher: a literal, or a one-key map naming a matcher kind.
enum MatcherReader {
    static let kinds: Set<String> = ["oneOf", "regex", "number", "any", "normalized", "optional", "absent", "fields"]

    static func read(_ reader: YAMLReader) throws(GoldenError) -> ArgumentMatcher {
        guard case .mapping = reader.node.content, let members = try? reader.anyMapping(), members.count == 1,
              let (kind, value) = members.first, kinds.contains(kind) else {
            return .literal(reader.json)
        }
        switch kind {
        case "oneOf":
            var options: [ArgumentMatcher] = []
            for item in try value.sequence() {
                let option = try read(item)
                if case .optional = option { throw item.error("optional cannot be one alternative of oneOf; write optional: {oneOf: [...]}") }
                if case .absent = option { throw item.error("absent cannot be one alternative of oneOf; use optional: {oneOf: [...]}") }
                options.append(option)
            }
            guard !options.isEmpty else { throw value.error("oneOf needs at least one alternative") }
            return .oneOf(options)
        case "regex":
            let regex = GoldenRegex(try value.string())
            guard regex.isValid else { throw value.error("'\(regex.pattern)' is not a valid regular expression") }
            return .regex(regex)
        case "number":
            let fields = try value.mapping(allowed: LoaderKeys.number)
            guard let target = fields["value"] else { throw value.error("number needs 'value'") }
            let absolute = try fields["abs"]?.number() ?? 0
            let relative = try fields["rel"]?.number() ?? 0
            guard absolute >= 0, relative >= 0 else { throw value.error("abs and rel must not be negative") }
            return .number(value: try target.number(), abs: absolute, rel: relative)
        case "any":
            guard try value.bool() else { throw value.error("write any: true (any: false checks nothing)") }
            return .any
        case "optional":
            // optional: true — the key may be absent, any value when present; optional: MATCHER otherwise.
            if value.tagName == "bool" {
                guard try value.bool() else { throw value.error("write optional: true, or optional: MATCHER (optional: false means nothing)") }
                return .optional(nil)
            }
            let inner = try read(value)
            if case .optional = inner { throw value.error("optional inside optional says nothing more; write it once") }
            if case .absent = inner { throw value.error("optional: {absent: true} is contradictory; write absent: true") }
            return .optional(inner)
        case "absent":
            guard value.tagName == "bool", try value.bool() else { throw value.error("write absent: true (the key must not be present)") }
            return .absent
        case "fields":
            var matchers: [String: ArgumentMatcher] = [:]
            for (key, field) in try value.anyMapping() { matchers[key] = try read(field) }
            guard !matchers.isEmpty else { throw value.error("fields needs at least one key: fields: {key: matcher, ...}") }
            return .fields(matchers)
        default:
            return .normalized(try value.string())
        }
    }
}
