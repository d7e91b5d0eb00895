/// The type of an untagged plain YAML scalar, decided by the YAML 1.1 rules that Yams' default
/// resolver applies (null, bool, int, float, timestamp, else text), written as direct checks.
///
/// Yams resolves those rules with an `NSRegularExpression` per rule per scalar, which was 42 % of
/// loading a 10,000-case golden file; the loader composes with Yams' basic resolver instead and
/// types plain scalars here.
enum PlainScalar {
    /// `null`, `bool`, `int`, `float`, `timestamp` or `str`.
    static func type(of text: String) -> String {
        if isPlainText(text.utf8) { return "str" }
        let bytes = Array(text.utf8)
        if isNull(text) { return "null" }
        if isBool(text) { return "bool" }
        if isInt(bytes) { return "int" }
        if isFloat(bytes) { return "float" }
        if isTimestamp(bytes) { return "timestamp" }
        return "str"
    }

    /// True for most text at a glance: every other type starts with a digit, a sign, a point, a
    /// tilde or the first letter of a null or bool word (at most five letters long).
    private static func isPlainText(_ utf8: String.UTF8View) -> Bool {
        guard let first = utf8.first else { return false }
        switch first {
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "~"):
            return false
        case UInt8(ascii: "n"), UInt8(ascii: "N"), UInt8(ascii: "y"), UInt8(ascii: "Y"), UInt8(ascii: "t"), UInt8(ascii: "T"),
             UInt8(ascii: "f"), UInt8(ascii: "F"), UInt8(ascii: "o"), UInt8(ascii: "O"):
            return utf8.count > 5
        default:
            return true
        }
    }

    static func isNull(_ text: String) -> Bool {
        ["", "~", "null", "Null", "NULL"].contains(text)
    }

    static func isBool(_ text: String) -> Bool {
        ["yes", "Yes", "YES", "no", "No", "NO", "true", "True", "TRUE", "false", "False", "FALSE",
         "on", "On", "ON", "off", "Off", "OFF"].contains(text)
    }

    private static func isDigit(_ byte: UInt8, below limit: UInt8 = 10) -> Bool {
        byte >= UInt8(ascii: "0") && byte < UInt8(ascii: "0") + limit
    }

    private static func isDecimal(_ byte: UInt8) -> Bool { isDigit(byte) }

    private static func isHex(_ byte: UInt8) -> Bool {
        isDigit(byte) || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains(byte | 0x20)
    }

    private static let underscore = UInt8(ascii: "_")

    /// The bytes after an optional sign.
    private static func unsigned(_ bytes: [UInt8]) -> ArraySlice<UInt8> {
        guard let first = bytes.first, first == UInt8(ascii: "+") || first == UInt8(ascii: "-") else { return bytes[...] }
        return bytes.dropFirst()
    }

    /// One or more bytes, each a digit of `radix` digits or an underscore.
    private static func allDigits(_ bytes: ArraySlice<UInt8>, _ test: (UInt8) -> Bool) -> Bool {
        !bytes.isEmpty && bytes.allSatisfy { test($0) || $0 == underscore }
    }

    /// `:` followed by one or two base-60 digits (`[0-5]?[0-9]`), one or more times.
    private static func isSexagesimalTail(_ bytes: ArraySlice<UInt8>) -> Bool {
        let groups = bytes.split(separator: UInt8(ascii: ":"), omittingEmptySubsequences: false)
        guard bytes.first == UInt8(ascii: ":"), groups.count >= 2, groups.first?.isEmpty == true else { return false }
        return groups.dropFirst().allSatisfy { group in
            (group.count == 1 && isDigit(group.first!)) || (group.count == 2 && isDigit(group.first!, below: 6) && isDigit(group.last!))
        }
    }

    /// `[-+]?(0b[01_]+ | 0o?[0-7_]+ | 0 | [1-9][0-9_]* | 0x[0-9a-fA-F_]+ | [1-9][0-9_]*(:[0-5]?[0-9])+)`
    static func isInt(_ bytes: [UInt8]) -> Bool {
        let body = unsigned(bytes)
        guard let first = body.first else { return false }
        if first == UInt8(ascii: "0") {
            let rest = body.dropFirst()
            if rest.isEmpty { return true }
            switch rest.first! {
            case UInt8(ascii: "b"): return allDigits(rest.dropFirst()) { isDigit($0, below: 2) }
            case UInt8(ascii: "x"): return allDigits(rest.dropFirst(), isHex)
            case UInt8(ascii: "o"): return allDigits(rest.dropFirst()) { isDigit($0, below: 8) }
            default: return allDigits(rest) { isDigit($0, below: 8) }
            }
        }
        guard isDigit(first) else { return false }
        if let colon = body.firstIndex(of: UInt8(ascii: ":")) {
            return allDigits(body[..<colon], isDecimal) && isSexagesimalTail(body[colon...])
        }
        return allDigits(body, isDecimal)
    }

    /// `[-+]?[0-9][0-9_]*(\.[0-9_]*)?([eE][-+]?[0-9]+)? | \.[0-9_]+([eE][-+][0-9]+)?
    /// | [-+]?[0-9][0-9_]*(:[0-5]?[0-9])+\.[0-9_]* | [-+]?\.(inf|Inf|INF) | \.(nan|NaN|NAN)`
    static func isFloat(_ bytes: [UInt8]) -> Bool {
        let text = String(decoding: bytes, as: UTF8.self)
        if [".nan", ".NaN", ".NAN"].contains(text) { return true }
        let body = unsigned(bytes)
        if [".inf", ".Inf", ".INF"].contains(String(decoding: body, as: UTF8.self)) { return true }
        if bytes.first == UInt8(ascii: ".") {
            // `\.[0-9_]+([eE][-+][0-9]+)?` (no sign before the point).
            let (mantissa, exponent) = splitExponent(bytes.dropFirst())
            return allDigits(mantissa, isDecimal) && (exponent.map { isExponent($0, signRequired: true) } ?? true)
        }
        guard let first = body.first, isDigit(first) else { return false }
        if let colon = body.firstIndex(of: UInt8(ascii: ":")) {
            guard let point = body.lastIndex(of: UInt8(ascii: ".")), point > colon else { return false }
            let fraction = body[body.index(after: point)...]
            return allDigits(body[..<colon], isDecimal) && isSexagesimalTail(body[colon..<point])
                && (fraction.isEmpty || allDigits(fraction, isDecimal))
        }
        let (mantissa, exponent) = splitExponent(body)
        if let exponent, !isExponent(exponent, signRequired: false) { return false }
        let parts = mantissa.split(separator: UInt8(ascii: "."), maxSplits: 1, omittingEmptySubsequences: false)
        guard allDigits(parts[0], isDecimal) else { return false }
        return parts.count == 1 || parts[1].isEmpty || allDigits(parts[1], isDecimal)
    }

    /// The mantissa and, after an `e` or `E`, the exponent.
    private static func splitExponent(_ bytes: ArraySlice<UInt8>) -> (ArraySlice<UInt8>, ArraySlice<UInt8>?) {
        guard let mark = bytes.firstIndex(where: { $0 == UInt8(ascii: "e") || $0 == UInt8(ascii: "E") }) else { return (bytes, nil) }
        return (bytes[..<mark], bytes[bytes.index(after: mark)...])
    }

    /// `[-+]?[0-9]+` (the sign required when asked).
    private static func isExponent(_ bytes: ArraySlice<UInt8>, signRequired: Bool) -> Bool {
        let signed = bytes.first == UInt8(ascii: "+") || bytes.first == UInt8(ascii: "-")
        if signRequired && !signed { return false }
        let digits = signed ? bytes.dropFirst() : bytes
        return !digits.isEmpty && digits.allSatisfy { isDigit($0) }
    }

    /// `YYYY-MM-DD`, or `YYYY-M-D` followed by a time (`T`, `t` or blanks, `h:mm:ss[.f]`, an optional zone).
    static func isTimestamp(_ bytes: [UInt8]) -> Bool {
        func digits(_ slice: ArraySlice<UInt8>, _ counts: ClosedRange<Int>) -> Bool {
            counts.contains(slice.count) && slice.allSatisfy { isDigit($0) }
        }
        let text = bytes[...]
        guard text.count >= 8 else { return false }
        let dateEnd = text.firstIndex { $0 == UInt8(ascii: "T") || $0 == UInt8(ascii: "t") || $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }
        let dateParts = text[..<(dateEnd ?? text.endIndex)].split(separator: UInt8(ascii: "-"), omittingEmptySubsequences: false)
        guard dateParts.count == 3, digits(dateParts[0], 4...4) else { return false }
        guard let dateEnd else { return digits(dateParts[1], 2...2) && digits(dateParts[2], 2...2) }
        guard digits(dateParts[1], 1...2), digits(dateParts[2], 1...2) else { return false }
        var rest = text[dateEnd...]
        if rest.first == UInt8(ascii: "T") || rest.first == UInt8(ascii: "t") {
            rest = rest.dropFirst()
        } else {
            rest = rest.drop { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }
        }
        // h:mm:ss(.fraction)? then [ \t]*(Z|[-+]h(:mm)?)?
        let timeEnd = rest.firstIndex { !(isDigit($0) || $0 == UInt8(ascii: ":") || $0 == UInt8(ascii: ".")) } ?? rest.endIndex
        let time = rest[..<timeEnd]
        let clockEnd = time.firstIndex(of: UInt8(ascii: ".")) ?? time.endIndex
        let clock = time[..<clockEnd].split(separator: UInt8(ascii: ":"), omittingEmptySubsequences: false)
        guard clock.count == 3, digits(clock[0], 1...2), digits(clock[1], 2...2), digits(clock[2], 2...2) else { return false }
        if clockEnd < time.endIndex, !time[time.index(after: clockEnd)...].allSatisfy({ isDigit($0) }) { return false }
        let zone = rest[timeEnd...].drop { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }
        if zone.isEmpty { return rest[timeEnd...].isEmpty }
        if zone.elementsEqual("Z".utf8) { return true }
        guard zone.first == UInt8(ascii: "+") || zone.first == UInt8(ascii: "-") else { return false }
        let offset = zone.dropFirst().split(separator: UInt8(ascii: ":"), omittingEmptySubsequences: false)
        return (offset.count == 1 && digits(offset[0], 1...2)) || (offset.count == 2 && digits(offset[0], 1...2) && digits(offset[1], 2...2))
    }
}
