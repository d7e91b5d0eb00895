/// The members of a mapping that a reader checked, by key. Mappings in golden files have a few
/// keys each, so a scan of the pairs is quicker than building a dictionary per mapping.
struct YAMLMembers {
    let reader: YAMLReader
    let pairs: [(key: YAMLTree, value: YAMLTree)]

    /// The reader of the value under `name`, or nil when the mapping has no such key.
    subscript(name: String) -> YAMLReader? {
        pairs.last { $0.key.string == name }.map { reader.child($0.value, name) }
    }
}
