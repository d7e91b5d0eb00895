import TraceJSON
/// Reads the time formats exporters use into integer nanoseconds since the Unix epoch.
///
/// ISO 8601 (`2024-10-11T20:58:23.298773+00:00`, `2025-09-30T09:03:59.962Z`, or with no zone,
/// read as UTC) is parsed by hand, digit by digit, so no precision is lost through `Double`.
public enum Timestamp {
    /// Nanoseconds from an ISO 8601 date-time, or nil when the text is not one.
    public static func nanoseconds(iso text: String) -> Int64? {
        let bytes = Array(text.utf8)
        var index = 0
        func number(_ digits: Int) -> Int64? {
            guard index + digits <= bytes.count else { return nil }
            var value: Int64 = 0
            for _ in 0..<digits {
                let byte = bytes[index]
                guard byte >= 48, byte <= 57 else { return nil }
                value = value * 10 + Int64(byte - 48)
                index += 1
            }
            return value
        }
        func expect(_ characters: UInt8...) -> Bool {
            guard index < bytes.count, characters.contains(bytes[index]) else { return false }
            index += 1
            return true
        }
        guard let year = number(4), expect(45), let month = number(2), expect(45), let day = number(2),
              expect(84, 116, 32), let hour = number(2), expect(58), let minute = number(2), expect(58),
              let second = number(2), (1...12).contains(month), (1...31).contains(day), hour < 24, minute < 60, second < 61
        else { return nil }
        var fraction: Int64 = 0
        if index < bytes.count, bytes[index] == 46 {
            index += 1
            var scale: Int64 = 100_000_000
            var digits = 0
            while index < bytes.count, bytes[index] >= 48, bytes[index] <= 57 {
                if scale > 0 { fraction += Int64(bytes[index] - 48) * scale; scale /= 10 }
                index += 1
                digits += 1
            }
            guard digits > 0 else { return nil }
        }
        var offsetSeconds: Int64 = 0
        if index < bytes.count {
            if bytes[index] == 90 || bytes[index] == 122 {
                index += 1
            } else if bytes[index] == 43 || bytes[index] == 45 {
                let sign: Int64 = bytes[index] == 45 ? -1 : 1
                index += 1
                guard let hours = number(2) else { return nil }
                _ = expect(58)
                let minutes = number(2) ?? 0
                offsetSeconds = sign * (hours * 3600 + minutes * 60)
            }
        }
        guard index == bytes.count else { return nil }
        let days = daysFromCivil(year: year, month: month, day: day)
        let seconds = days * 86_400 + hour * 3600 + minute * 60 + second - offsetSeconds
        let (scaled, overflow) = seconds.multipliedReportingOverflow(by: 1_000_000_000)
        guard !overflow else { return nil }
        return scaled + fraction
    }

    /// Nanoseconds from epoch milliseconds (LangSmith's JavaScript SDK writes these).
    public static func nanoseconds(epochMillis value: Int64) -> Int64? {
        let (scaled, overflow) = value.multipliedReportingOverflow(by: 1_000_000)
        return overflow ? nil : scaled
    }

    /// Nanoseconds from a JSON value that is an ISO string or epoch milliseconds.
    public static func nanoseconds(isoOrMillis view: JSONView) -> Int64? {
        if let text = view.string { return nanoseconds(iso: text) ?? Int64(text).flatMap(nanoseconds(epochMillis:)) }
        if let millis = view.int64 { return nanoseconds(epochMillis: millis) }
        return nil
    }

    /// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
    static func daysFromCivil(year: Int64, month: Int64, day: Int64) -> Int64 {
        let shifted = month <= 2 ? year - 1 : year
        let era = (shifted >= 0 ? shifted : shifted - 399) / 400
        let yearOfEra = shifted - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }
}
