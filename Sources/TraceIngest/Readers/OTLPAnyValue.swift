import TraceModel

/// Decodes OTLP/JSON `AnyValue` and `KeyValue` lists into plain JSON values.
enum OTLPAnyValue {
    /// The attribute list `[{key, value}]` as a dictionary; later duplicates win, as in the SDKs.
    static func attributes(_ list: JSONView) -> [String: JSONValue] {
        var result: [String: JSONValue] = [:]
        for entry in list.array {
            guard let key = entry["key"].string else { continue }
            result[key] = decode(entry["value"])
        }
        return result
    }

    /// One `AnyValue`: `stringValue`, `boolValue`, `intValue` (string or number), `doubleValue`
    /// (number or the strings `NaN`/`Infinity`), `arrayValue`, `kvlistValue`, `bytesValue`.
    /// Snake-case keys (`string_value`, …) from non-conformant producers are accepted too.
    static func decode(_ value: JSONView) -> JSONValue {
        if let text = field(value, "stringValue", "string_value")?.string { return .string(text) }
        if let flag = field(value, "boolValue", "bool_value")?.bool { return .bool(flag) }
        if let integer = field(value, "intValue", "int_value") {
            if let number = integer.int64 { return .int(number) }
            return integer.value ?? .null
        }
        if let double = field(value, "doubleValue", "double_value") {
            if let number = double.double, number.isFinite { return .double(number) }
            return .string(double.scalarText ?? "NaN")
        }
        if let array = field(value, "arrayValue", "array_value") {
            return .array(array["values"].array.map(decode))
        }
        if let kvlist = field(value, "kvlistValue", "kvlist_value") {
            return .object(attributes(kvlist["values"]))
        }
        if let bytes = field(value, "bytesValue", "bytes_value")?.string { return .string(bytes) }
        return .null
    }

    private static func field(_ value: JSONView, _ camel: String, _ snake: String) -> JSONView? {
        if value[camel].exists { return value[camel] }
        if value[snake].exists { return value[snake] }
        return nil
    }
}
