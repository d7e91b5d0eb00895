/// The connection closed while a request was waiting for its answer, or could not be made again.
struct ConnectionLost: Error, CustomStringConvertible {
    /// Why a new connection failed, when one was tried.
    var reconnecting: String?

    var description: String {
        "the connection to the server was lost" + (reconnecting.map { ", and connecting again failed: \($0)" } ?? "")
    }
}
