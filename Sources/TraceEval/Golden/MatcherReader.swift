import Foundation
import TraceModel

/// Reads an argument matcher: a literal, or a one-key map naming a matcher kind.
enum MatcherReader {
    static let kinds: Set<String> = ["oneOf", "regex", "number", "any", "normalized"]

    static func read(_ reader: YAMLReader) throws(GoldenError) -> ArgumentMatcher {
        guard case .mapping = reader.node, let members = try? reader.anyMapping(), members.count == 1,
              let (kind, value) = members.first, kinds.contains(kind) else {
            return .literal(reader.json)
        }
        switch kind {
        case "oneOf":
            let options = try value.sequence().map(\.json)
            guard !options.isEmpty else { throw value.error("oneOf needs at least one value") }
            return .oneOf(options)
        case "regex":
            let regex = GoldenRegex(try value.string())
            guard regex.isValid else { throw value.error("'\(regex.pattern)' is not a valid regular expression") }
            return .regex(regex)
        case "number":
            let fields = try value.mapping(allowed: ["value", "abs", "rel"])
            guard let target = fields["value"] else { throw value.error("number needs 'value'") }
            let absolute = try fields["abs"]?.number() ?? 0
            let relative = try fields["rel"]?.number() ?? 0
            guard absolute >= 0, relative >= 0 else { throw value.error("abs and rel must not be negative") }
            return .number(value: try target.number(), abs: absolute, rel: relative)
        case "any":
            guard try value.bool() else { throw value.error("write any: true (any: false checks nothing)") }
            return .any
        default:
            return .normalized(try value.string())
        }
    }
}
