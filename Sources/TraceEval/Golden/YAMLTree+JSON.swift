import TraceModel

extension YAMLTree {
    /// The node as a JSON value: quoted scalars are text; plain ones resolve to null, bool, int,
    /// float, or text (YAML timestamps stay the text written). A key given twice keeps its last value.
    var json: JSONValue {
        switch content {
        case .scalar: return scalarJSON
        case .sequence(let items):
            return .array(items.map(\.json))
        case .mapping(let mapping):
            var object: [String: JSONValue] = [:]
            object.reserveCapacity(mapping.count)
            for (key, value) in mapping { object[key.string ?? ""] = value.json }
            return .object(object)
        case .alias:
            return .null
        }
    }

    /// Appends the canonical text of ``json`` (``JSONValue/canonicalText``) as UTF-8 bytes, written
    /// from the tree: no JSON value is made of its collections. A case's fingerprint hashes these
    /// bytes, so they must be exactly those of the text (`CanonicalYAMLTests` compares the two on
    /// random documents, hand-made edge cases and every golden file in the repository).
    func writeCanonicalJSON(into out: inout [UInt8]) {
        switch content {
        case .scalar:
            scalarJSON.writeCanonical(into: &out)
        case .sequence(let items):
            JSONValue.writeArray(items.count, into: &out) { items[$0].writeCanonicalJSON(into: &$1) }
        case .mapping(let mapping):
            // Keys in the order `canonicalText` sorts them (Swift's string order). Of keys that are
            // equal as strings, a dictionary keeps the first one's text and the last one's value.
            let keys = mapping.map { $0.key.string ?? "" }
            let order = keys.count < 2 ? Array(keys.indices) : keys.indices.sorted { keys[$0] < keys[$1] || (keys[$0] == keys[$1] && $0 < $1) }
            out.append(UInt8(ascii: "{"))
            var start = 0
            while start < order.count {
                var end = start + 1
                while end < order.count, keys[order[end]] == keys[order[start]] { end += 1 }
                if start > 0 { out.append(UInt8(ascii: ",")) }
                JSONValue.string(keys[order[start]]).writeCanonical(into: &out)
                out.append(UInt8(ascii: ":"))
                mapping[order[end - 1]].value.writeCanonicalJSON(into: &out)
                start = end
            }
            out.append(UInt8(ascii: "}"))
        case .alias:
            out.append(contentsOf: "null".utf8)
        }
    }

    /// A scalar's JSON value (null for a collection, which has none).
    private var scalarJSON: JSONValue {
        guard case .scalar(let text, let style) = content else { return .null }
        if style == .singleQuoted || style == .doubleQuoted { return .string(text) }
        switch tagName {
        case "null": return .null
        case "bool": return bool.map(JSONValue.bool) ?? .string(text)
        case "int": return int.map { .int(Int64($0)) } ?? .string(text)
        case "float": return float.map(JSONValue.double) ?? .string(text)
        default: return .string(text)
        }
    }
}
