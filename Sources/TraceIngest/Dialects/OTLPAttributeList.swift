import TraceModel
import TraceJSON

/// One span's OTLP attribute list (`[{key, value}]`) read in place: no dictionary is made of it,
/// and the attributes a store keeps are written as canonical JSON text straight from the
/// document's bytes.
///
/// Each name is hashed from its bytes where it lies in the parsed document, its dialect noted as a
/// bit, and its value decoded once and kept beside its view. A name asked for is found by its hash and then its bytes,
/// the last of a repeated name winning, as in ``OTLPAnyValue/attributes(_:)``. A list that only the
/// dictionary can serve is refused (`init` returns nil), and the caller maps the dictionary instead:
/// a name that is not ASCII (Swift orders and equates those by Unicode rules, not bytes), a name
/// that may be a flattened indexed key (the mapper then groups names by prefix), or a value that
/// ``ScalarRepair`` would repair or refuse.
struct OTLPAttributeList {
    /// What is known of a name without its bytes: its hash, its first 24 bytes as big-endian
    /// words (which order most names without reading them again), whether it is tracegate's own.
    private struct Name {
        var hash: UInt64
        var head: (UInt64, UInt64, UInt64)
        var isOwn: Bool
    }

    private var names: [Name] = []
    private var keys: [JSONView] = []
    private var values: [JSONView] = []
    /// The values decoded, once: the mapper asks for most of them, several for more than once.
    private var decoded: [JSONValue] = []
    /// The resource's case id, when the span names none of its own.
    private var caseId: JSONValue?
    /// The dialects of the names, as ``AttributeDialect`` bits.
    private var dialectBits: UInt8 = 0
    /// Which names the list may hold: most names asked for are absent, and this says so unhashed.
    private var filter = KeyFilter()

    /// The list `list`, with the resource's `tracegate.case_id` for a span that has none; nil when
    /// the list needs the dictionary.
    init?(_ list: JSONView, resourceCaseId: JSONValue?) {
        let entries = list.array
        names.reserveCapacity(entries.count)
        keys.reserveCapacity(entries.count)
        values.reserveCapacity(entries.count)
        decoded.reserveCapacity(entries.count)
        for entry in entries {
            let key = entry["key"]
            guard let (name, bit, plain) = key.withStringBytes({ bytes in
                filter.insert(bytes)
                let name = Name(hash: StableHash.value(bytes), head: Self.head(bytes), isOwn: bytes.starts(with: Self.ownPrefix.utf8))
                return (name, AttributeDialect.bit(of: bytes), !AttributeLookup.mayBeIndexed(bytes) && bytes.allSatisfy { $0 < 0x80 })
            }) else { continue }
            // Names are ASCII, so that their bytes sort and compare as Swift's strings do.
            guard plain else { return nil }
            let value = entry["value"]
            let decodedValue = OTLPAnyValue.decode(value)
            if let isCount = Self.repaired[name.hash], !ScalarRepair.leavesAlone(decodedValue, isCount: isCount) { return nil }
            names.append(name)
            keys.append(key)
            values.append(value)
            decoded.append(decodedValue)
            dialectBits |= bit
        }
        if let resourceCaseId, index(of: "tracegate.case_id") == nil {
            guard ScalarRepair.leavesAlone(resourceCaseId, isCount: false) else { return nil }
            caseId = resourceCaseId
        }
    }

    /// The hash of every name ``ScalarRepair`` looks at, and whether it is a token count. (A name
    /// of another hash is not one of them; one of the same hash is checked, which is only slower.)
    private static let repaired: [UInt64: Bool] = Dictionary(
        ScalarRepair.scalarKeys.map { (StableHash.value($0), false) } + ScalarRepair.tokenKeys.map { (StableHash.value($0), true) },
        uniquingKeysWith: { $0 || $1 })

    /// The dialects of the names.
    var dialects: Set<AttributeDialect> { AttributeDialect.set(of: dialectBits) }

    /// The value of `key`, decoded; nil when the list has no such name.
    func value(_ key: String) -> JSONValue? {
        if let index = index(of: key) { return decoded[index] }
        return key == "tracegate.case_id" ? caseId : nil
    }

    /// The value of `key` as it lies in the document (an `AnyValue`), when the list has the name.
    func anyValue(_ key: String) -> JSONView? {
        index(of: key).map { values[$0] }
    }

    /// The prefix of the attributes tracegate itself writes and reads back.
    static let ownPrefix = "tracegate."

    /// The attributes tracegate itself writes and reads back (`tracegate.…`: case id, decisions,
    /// termination), which a span holds as a dictionary.
    var ownAttributes: [String: JSONValue] {
        var result: [String: JSONValue] = [:]
        if let caseId { result["tracegate.case_id"] = caseId }
        for index in keys.indices where names[index].isOwn {
            result[keys[index].string!] = decoded[index]
        }
        return result
    }

    /// The attributes other than tracegate's own as the canonical JSON text of their object
    /// (``JSONValue/canonicalText``), written from the document's bytes: names in byte order
    /// (which is Swift's order for ASCII), the last of a repeated name, strings escaped as there.
    var otherAttributesText: String {
        let order = keys.indices.filter { !names[$0].isOwn }.sorted { left, right in
            let (before, same) = compare(left, right)
            return before || (same && left < right)
        }
        var out: [UInt8] = [UInt8(ascii: "{")]
        for (position, index) in order.enumerated() {
            // Of a name given more than once, the last one is kept.
            if position + 1 < order.count, compare(index, order[position + 1]).same { continue }
            if out.count > 1 { out.append(UInt8(ascii: ",")) }
            keys[index].withStringBytes { JSONValue.writeQuoted($0, into: &out) }
            out.append(UInt8(ascii: ":"))
            let isString = values[index]["stringValue"].withStringBytes { JSONValue.writeQuoted($0, into: &out); return true } ?? false
            if !isString { out.append(contentsOf: decoded[index].canonicalText.utf8) }
        }
        out.append(UInt8(ascii: "}"))
        return String(decoding: out, as: UTF8.self)
    }

    /// Whether the name of entry `left` comes before that of `right` in byte order, and whether they are the same.
    private func compare(_ left: Int, _ right: Int) -> (before: Bool, same: Bool) {
        let (a, b) = (names[left], names[right])
        if a.head != b.head { return (a.head < b.head, false) }
        // The same first 24 bytes: the rest of the names decides.
        let result = keys[left].withStringBytes { a in
            keys[right].withStringBytes { b in (a.lexicographicallyPrecedes(b), a.elementsEqual(b)) }
        }
        return (result ?? nil) ?? (false, false)  // every name kept is a string
    }

    /// The first 24 bytes of a name as three big-endian words, zero-padded: names that differ
    /// there are ordered by these as by their bytes (a shorter name's padding sorts first, as it does).
    private static func head(_ bytes: UnsafeBufferPointer<UInt8>) -> (UInt64, UInt64, UInt64) {
        func word(_ number: Int) -> UInt64 {
            (number * 8..<number * 8 + 8).reduce(0) { word, index in word << 8 | UInt64(index < bytes.count ? bytes[index] : 0) }
        }
        return (word(0), word(1), word(2))
    }

    /// The index of the last entry named `key`.
    private func index(of key: String) -> Int? {
        var key = key
        return key.withUTF8 { wanted -> Int? in
            guard filter.mayContain(wanted) else { return nil }
            let hash = StableHash.value(wanted)
            for index in names.indices.reversed() where names[index].hash == hash {
                if keys[index].withStringBytes({ $0.elementsEqual(wanted) }) == true { return index }
            }
            return nil
        }
    }
}
