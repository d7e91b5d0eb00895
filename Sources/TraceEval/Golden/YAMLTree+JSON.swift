import TraceModel

extension YAMLTree {
    /// The node as a JSON value: quoted scalars are text; plain ones resolve to null, bool, int,
    /// float, or text (YAML timestamps stay the text written). A key given twice keeps its last value.
    var json: JSONValue {
        switch content {
        case .scalar(let text, let style):
            if style == .singleQuoted || style == .doubleQuoted { return .string(text) }
            switch tagName {
            case "null": return .null
            case "bool": return bool.map(JSONValue.bool) ?? .string(text)
            case "int": return int.map { .int(Int64($0)) } ?? .string(text)
            case "float": return float.map(JSONValue.double) ?? .string(text)
            default: return .string(text)
            }
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
}
