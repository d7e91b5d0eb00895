/// The connection closed while a request was waiting for its answer.
struct ConnectionLost: Error, CustomStringConvertible {
    var description: String { "the connection to the server was lost" }
}
