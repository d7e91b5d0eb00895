import TraceModel

/// Small builders for evaluator details.
enum Details {
    static func call(_ call: ActualCall) -> JSONValue {
        var object: [String: JSONValue] = ["index": .int(Int64(call.index)), "tool": .string(call.name),
                                           "step": .int(Int64(call.step)), "ok": .bool(call.succeeded)]
        if let arguments = call.arguments { object["arguments"] = arguments }
        if call.attempts > 1 { object["attempts"] = .int(Int64(call.attempts)) }
        return .object(object)
    }

    static func expected(_ call: ExpectedCall, index: Int) -> JSONValue {
        .object(["index": .int(Int64(index)), "tool": .string(call.label), "display": .string(call.displayText)])
    }

    static func names(_ names: [String]) -> JSONValue {
        .array(names.map(JSONValue.string))
    }

    static func number(_ value: Double) -> JSONValue {
        .double((value * 1e6).rounded() / 1e6)
    }
}
