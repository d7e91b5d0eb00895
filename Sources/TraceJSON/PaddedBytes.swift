/// Bytes followed by the zeroed padding that ``JSONDocumentParser`` needs, in one buffer.
public struct PaddedBytes: Sendable {
    /// The bytes, then ``JSONDocumentParser/padding`` zero bytes.
    public private(set) var storage: [UInt8]
    /// The number of real bytes.
    public let count: Int

    /// Copies `bytes` into a padded buffer.
    public init(_ bytes: some Collection<UInt8>) {
        var storage = [UInt8]()
        storage.reserveCapacity(bytes.count + JSONDocumentParser.padding)
        storage.append(contentsOf: bytes)
        count = storage.count
        storage.append(contentsOf: repeatElement(0, count: JSONDocumentParser.padding))
        self.storage = storage
    }

    /// Takes `storage` whose first `count` bytes are the document and the rest at least
    /// ``JSONDocumentParser/padding`` zero bytes.
    package init(storage: [UInt8], count: Int) {
        precondition(storage.count >= count + JSONDocumentParser.padding, "the padding is missing")
        self.storage = storage
        self.count = count
    }
}
