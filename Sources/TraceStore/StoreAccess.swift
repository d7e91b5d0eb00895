/// How a store is opened.
public enum StoreAccess: Sendable {
    /// Creates the store if needed, migrates it, checks it.
    case readWrite
    /// Reads an existing, current store; never creates, migrates or locks it for writing.
    case readOnly
}
