import TraceModel
import TraceJSON

/// Decodes OTLP/JSON `AnyValue` and `KeyValue` lists into plain JSON values, and encodes them back.
public enum OTLPAnyValue {
    /// A JSON value as an OTLP `AnyValue` (int64 as a decimal string, as protobuf JSON writes it;
    /// objects and null as JSON text in `stringValue`, since OTel attributes cannot hold them).
    public static func encode(_ value: JSONValue) -> JSONValue {
        switch value {
        case .string(let text): return .object(["stringValue": .string(text)])
        case .int(let number): return .object(["intValue": .string(String(number))])
        case .double(let number): return .object(["doubleValue": .double(number)])
        case .bool(let flag): return .object(["boolValue": .bool(flag)])
        case .array(let items): return .object(["arrayValue": .object(["values": .array(items.map(encode))])])
        case .object, .null: return .object(["stringValue": .string(value.canonicalText)])
        }
    }

    /// An OTLP `KeyValue`.
    public static func keyValue(_ key: String, _ value: JSONValue) -> JSONValue {
        .object(["key": .string(key), "value": encode(value)])
    }

    /// The attribute list `[{key, value}]` as a dictionary; later duplicates win, as in the SDKs.
    static func attributes(_ list: JSONView) -> [String: JSONValue] {
        let entries = list.array
        var result: [String: JSONValue] = [:]
        result.reserveCapacity(entries.count)
        for entry in entries {
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
