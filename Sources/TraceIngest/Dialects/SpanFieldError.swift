/// A span attribute that cannot be accepted; the reader adds the file, line and span.
public struct SpanFieldError: Error, Sendable {
    /// The attribute key.
    public var field: String
    /// Why, in a phrase that follows the field's name.
    public var reason: String
}
