import Foundation

/// Temporary files and folders for tests, removed when the test process exits, so that running
/// the suite again and again does not fill the disk (some tests write hundreds of megabytes).
public enum TemporaryPaths {
    nonisolated(unsafe) private static var paths: [String] = []
    private static let lock = NSLock()
    private static let registered: Void = { atexit { TemporaryPaths.removeAll() } }()

    /// A new empty folder named `prefix-UUID` in the temporary directory.
    public static func folder(_ prefix: String) throws -> URL {
        let url = path(prefix)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// A path `prefix-UUID` (plus `suffix`) in the temporary directory, not yet created; whatever
    /// is made there (a file or a folder) is removed at exit.
    public static func path(_ prefix: String, suffix: String = "") -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)-\(UUID().uuidString)\(suffix)")
        remove(atExit: url)
        return url
    }

    /// Removes `url` when the process exits.
    public static func remove(atExit url: URL) {
        _ = registered
        lock.withLock { paths.append(url.path) }
    }

    private static func removeAll() {
        for path in lock.withLock({ paths }) {
            try? FileManager.default.removeItem(atPath: path)
            // SQLite's companions of a store file kept at that path.
            for companion in ["-wal", "-shm", "-lock", "-journal"] { try? FileManager.default.removeItem(atPath: path + companion) }
        }
    }
}
