import Foundation

/// A file descriptor open for reading, closed when the last reference goes, so a reader that is
/// abandoned part way (an error downstream) never leaks it.
final class OpenFile {
    /// The descriptor.
    let descriptor: Int32

    /// Opens `path` read-only.
    init(path: String) throws(IngestError) {
        descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { throw .unreadable(file: path, reason: String(cString: strerror(errno))) }
    }

    deinit { _ = close(descriptor) }
}
