import Foundation

/// tracegate reads regular files: a FIFO is read twice by the streaming path and blocks on open,
/// a device such as /dev/zero never ends. Both are refused before anything is opened.
public enum RegularFile {
    /// nil for a regular file (links followed), else what the path is.
    public static func kind(of path: String) -> String? {
        var info = stat()
        guard stat(path, &info) == 0 else { return "missing or a broken link" }
        switch info.st_mode & S_IFMT {
        case S_IFREG: return nil
        case S_IFIFO: return "a FIFO (named pipe)"
        case S_IFCHR, S_IFBLK: return "a device"
        case S_IFSOCK: return "a socket"
        case S_IFDIR: return "a folder"
        default: return "not a regular file"
        }
    }

    /// Why `path` cannot be read as a file ("no such file…", "it is a FIFO…"), or nil for a regular file.
    public static func problem(_ path: String) -> String? {
        guard let kind = kind(of: path) else { return nil }
        var info = stat()
        return stat(path, &info) == 0 ? "it is \(kind), not a regular file" : "no such file (or a broken link)"
    }

    /// Throws unless `path` is a regular file.
    static func require(_ path: String) throws(IngestError) {
        guard let kind = kind(of: path) else { return }
        throw .unreadable(file: path, reason: "it is \(kind), not a regular file; tracegate reads trace files: save the stream to a file first")
    }
}
