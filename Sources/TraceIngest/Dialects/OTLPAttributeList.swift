import TraceModel
import TraceJSON

/// One span's OTLP attribute list (`[{key, value}]`) read in place, for the mapper: no dictionary
/// is made of it and no value is decoded until the mapper asks for that key.
///
/// Each name is hashed from its bytes where it lies in the parsed document, its dialect noted as a
/// bit, and its value kept as a view. A name asked for is found by its hash and then its bytes,
/// the last of a repeated name winning, as in ``OTLPAnyValue/attributes(_:)``. A list that only the
/// dictionary can serve is refused (`init` returns nil), and the caller maps the dictionary instead:
/// a name that may be a flattened indexed key (the mapper then groups names by prefix), or a value
/// that ``ScalarRepair`` would repair or refuse.
struct OTLPAttributeList {
    private var hashes: [UInt64] = []
    private var keys: [JSONView] = []
    private var values: [JSONView] = []
    /// The resource's case id, when the span names none of its own.
    private var caseId: JSONValue?
    /// The dialects of the names, as ``AttributeDialect`` bits.
    private var dialectBits: UInt8 = 0
    /// Which names the list may hold: most names asked for are absent, and this says so unhashed.
    private var filter = KeyFilter()
    /// Whether some name is one of tracegate's own (`tracegate.…`).
    private var hasOwn = false

    /// The list `list`, with the resource's `tracegate.case_id` for a span that has none; nil when
    /// the list needs the dictionary.
    init?(_ list: JSONView, resourceCaseId: JSONValue?) {
        let entries = list.array
        hashes.reserveCapacity(entries.count)
        keys.reserveCapacity(entries.count)
        values.reserveCapacity(entries.count)
        for entry in entries {
            let key = entry["key"]
            guard let (hash, bit, indexed, own) = key.withStringBytes({ bytes in
                filter.insert(bytes)
                return (StableHash.value(bytes), AttributeDialect.bit(of: bytes), AttributeLookup.mayBeIndexed(bytes),
                        bytes.starts(with: "tracegate.".utf8))
            }) else { continue }
            guard !indexed else { return nil }
            hasOwn = hasOwn || own
            let value = entry["value"]
            if let isCount = Self.repaired[hash], Self.needsRepair(value, isCount: isCount) { return nil }
            hashes.append(hash)
            keys.append(key)
            values.append(value)
            dialectBits |= bit
        }
        if let resourceCaseId, index(of: "tracegate.case_id") == nil {
            guard !Self.needsRepair(resourceCaseId, isCount: false) else { return nil }
            caseId = resourceCaseId
        }
    }

    /// The hash of every name ``ScalarRepair`` looks at, and whether it is a token count. (A name
    /// of another hash is not one of them; one of the same hash is checked, which is only slower.)
    private static let repaired: [UInt64: Bool] = Dictionary(
        ScalarRepair.scalarKeys.map { (StableHash.value($0), false) } + ScalarRepair.tokenKeys.map { (StableHash.value($0), true) },
        uniquingKeysWith: { $0 || $1 })

    /// ``needsRepair(_:isCount:)`` of an `AnyValue`: a string (the common case) is read as one
    /// without being made.
    private static func needsRepair(_ value: JSONView, isCount: Bool) -> Bool {
        if !isCount, value["stringValue"].withStringBytes({ _ in true }) == true { return false }
        return needsRepair(OTLPAnyValue.decode(value), isCount: isCount)
    }

    /// True when ``ScalarRepair`` would change or refuse `value`: an array where one value belongs,
    /// or a token count that is not a whole number from 0 to 2^53.
    private static func needsRepair(_ value: JSONValue, isCount: Bool) -> Bool {
        if case .array = value { return true }
        guard isCount else { return false }
        guard case .int(let count) = value else { return true }
        return count < 0 || Double(count) > ScalarRepair.maxCount
    }

    /// The dialects of the names.
    var dialects: Set<AttributeDialect> { AttributeDialect.set(of: dialectBits) }

    /// The value of `key`, decoded; nil when the list has no such name.
    func value(_ key: String) -> JSONValue? {
        if let index = index(of: key) { return OTLPAnyValue.decode(values[index]) }
        return key == "tracegate.case_id" ? caseId : nil
    }

    /// The value of `key` as it lies in the document (an `AnyValue`), when the list has the name.
    func anyValue(_ key: String) -> JSONView? {
        index(of: key).map { values[$0] }
    }

    /// The attributes tracegate itself writes and reads back (`tracegate.…`: case id, decisions,
    /// termination), for spans whose other attributes are not kept.
    var ownAttributes: [String: JSONValue] {
        var result: [String: JSONValue] = [:]
        if let caseId { result["tracegate.case_id"] = caseId }
        guard hasOwn else { return result }
        for (key, value) in zip(keys, values) where key.withStringBytes({ $0.starts(with: "tracegate.".utf8) }) == true {
            result[key.string!] = OTLPAnyValue.decode(value)
        }
        return result
    }

    /// The index of the last entry named `key`.
    private func index(of key: String) -> Int? {
        var key = key
        return key.withUTF8 { wanted -> Int? in
            guard filter.mayContain(wanted) else { return nil }
            let hash = StableHash.value(wanted)
            for index in hashes.indices.reversed() where hashes[index] == hash {
                if keys[index].withStringBytes({ $0.elementsEqual(wanted) }) == true { return index }
            }
            return nil
        }
    }
}
