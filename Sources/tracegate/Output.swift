import Foundation

/// Writes machine output to a file or standard output, the way `open(O_WRONLY|O_CREAT|O_TRUNC)`
/// would and never more destructively: a symbolic link is followed (the file it points at is
/// written, the link stays); a device, FIFO or socket (`/dev/null`, `/dev/stdout`) is written into,
/// never replaced; a regular file or a new path is written to a temporary file beside it and renamed
/// over it, so a reader never sees half a report. A folder, the store, or one of the command's own
/// inputs is refused.
enum Output {
    /// Writes `text` to `path`, or to standard output when `path` is `-`. `protected` lists paths
    /// that must not be overwritten (the store, the golden file, a baseline read).
    static func write(_ text: String, to path: String, protecting protected: [String] = []) throws {
        if path == "-" || path == "/dev/stdout" {
            FileHandle.standardOutput.write(Data(text.utf8))
            return
        }
        let target = try resolve(path, protecting: protected)
        var info = stat()
        if stat(target, &info) == 0, (info.st_mode & S_IFMT) != S_IFREG {
            try writeInPlace(Data(text.utf8), to: target, flags: O_WRONLY | O_TRUNC, shown: path)
            return
        }
        let url = URL(fileURLWithPath: target)
        do {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url, options: .atomic)
        } catch {
            throw ValidationErrorWithExit("cannot write \(path): \(FileErrorText.reason(error))")
        }
    }

    /// Appends `text` to `path` (creating it), never truncating what is there: for `$GITHUB_STEP_SUMMARY`.
    static func append(_ text: String, to path: String, protecting protected: [String] = []) throws {
        let target = try resolve(path, protecting: protected)
        try writeInPlace(Data(text.utf8), to: target, flags: O_WRONLY | O_APPEND | O_CREAT, shown: path)
    }

    /// The path to write: symbolic links followed; refused when it is a folder or a protected file.
    private static func resolve(_ path: String, protecting protected: [String]) throws -> String {
        if path.hasSuffix("/") { throw ValidationErrorWithExit("cannot write \(path): it names a folder; give a file name") }
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw ValidationErrorWithExit("cannot write \(path): it is a folder; give a file name")
        }
        let resolved = try followLinks(path)
        for other in protected where sameFile(resolved, other) {
            throw ValidationErrorWithExit("refusing to write \(path): it is \(other), which this command reads; choose another output path")
        }
        return resolved
    }

    /// `path` with every symbolic link followed, even one whose target does not exist yet (then the
    /// target is created, as `open(O_CREAT)` would, and the link stays a link). A path that exists is
    /// resolved by the system, so `/dev/fd/N` and `/proc/self/fd/N` (whose links name pipes, not
    /// paths) stay as given when they lead to a device, FIFO or socket.
    private static func followLinks(_ path: String) throws -> String {
        var info = stat()
        if stat(path, &info) == 0 {
            guard (info.st_mode & S_IFMT) == S_IFREG, let resolved = realpath(path, nil) else { return path }
            defer { free(resolved) }
            return String(cString: resolved)
        }
        var current = URL(fileURLWithPath: path).standardizedFileURL.path
        for _ in 0..<40 {
            var info = stat()
            guard lstat(current, &info) == 0, (info.st_mode & S_IFMT) == S_IFLNK,
                  let target = try? FileManager.default.destinationOfSymbolicLink(atPath: current) else {
                return URL(fileURLWithPath: current).resolvingSymlinksInPath().path
            }
            current = target.hasPrefix("/") ? target
                : URL(fileURLWithPath: (current as NSString).deletingLastPathComponent).appendingPathComponent(target).standardizedFileURL.path
        }
        throw ValidationErrorWithExit("cannot write \(path): too many levels of symbolic links")
    }

    /// Whether two paths name one file: the same device and inode when both exist, else the same resolved path.
    private static func sameFile(_ first: String, _ second: String) -> Bool {
        var a = stat()
        var b = stat()
        if stat(first, &a) == 0, stat(second, &b) == 0 { return a.st_dev == b.st_dev && a.st_ino == b.st_ino }
        return URL(fileURLWithPath: first).standardizedFileURL.path == URL(fileURLWithPath: second).resolvingSymlinksInPath().standardizedFileURL.path
    }

    private static func writeInPlace(_ data: Data, to path: String, flags: Int32, shown: String) throws {
        let descriptor = open(path, flags | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw ValidationErrorWithExit("cannot write \(shown): \(String(cString: strerror(errno)))") }
        defer { close(descriptor) }
        try data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) in
            var offset = 0
            while offset < buffer.count {
                let written = Foundation.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0, errno == EINTR { continue }
                guard written > 0 else { throw ValidationErrorWithExit("cannot write \(shown): \(String(cString: strerror(errno)))") }
                offset += written
            }
        }
    }
}
