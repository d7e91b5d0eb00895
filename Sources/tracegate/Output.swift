import Foundation

/// Writes machine output to a file or standard output.
enum Output {
    /// Writes `text` to `path` atomically, or to standard output when `path` is `-`.
    static func write(_ text: String, to path: String) throws {
        if path == "-" {
            print(text, terminator: "")
            return
        }
        let url = URL(fileURLWithPath: path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url, options: .atomic)
    }
}
