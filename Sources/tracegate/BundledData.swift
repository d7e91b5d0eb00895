import Foundation

/// Finds the data shipped with tracegate (datasets/, golden/) wherever the demo is started from.
enum BundledData {
    /// `./NAME` when it exists; else NAME in the repository this binary was built from (found from
    /// this source file's path, then from the executable's: `.build/<configuration>/tracegate`).
    static func folder(_ name: String) -> String {
        if isFolder(name) { return name }
        let source = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let executable = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        for root in [source, executable] where isFolder(root.appendingPathComponent(name).path) {
            return root.appendingPathComponent(name).path
        }
        return name
    }

    private static func isFolder(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }
}
