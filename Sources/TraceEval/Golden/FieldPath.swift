/// Where a node sits in its document (`cases[3].expected.tools[0]`): kept as its steps and
/// spelled out only when an error names it, since almost every node read is never named.
indirect enum FieldPath: Sendable {
    /// The document itself (spelled as nothing).
    case root
    /// The value under a key of a mapping.
    case key(FieldPath, String)
    /// An item of a list, by its 0-based place.
    case index(FieldPath, Int)

    /// The path as errors print it: keys joined by dots, places in brackets.
    var text: String {
        switch self {
        case .root:
            return ""
        case .key(let parent, let name):
            let prefix = parent.text
            // A key that is empty or starts with a bracket is appended as it is.
            return prefix.isEmpty ? name : prefix + (name.isEmpty || name.hasPrefix("[") ? name : "." + name)
        case .index(let parent, let place):
            return parent.text + "[\(place)]"
        }
    }
}
