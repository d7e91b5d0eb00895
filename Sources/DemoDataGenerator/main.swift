import Foundation
import TraceModel

// tracegate-datagen [ROOT]: writes the demo scenarios' trace exports under ROOT/datasets and their
// golden datasets under ROOT/golden (ROOT defaults to the current folder). Deterministic: the same
// seed writes the same bytes, so the committed output can be checked by regenerating it.

let root = URL(fileURLWithPath: CommandLine.arguments.dropFirst().first ?? FileManager.default.currentDirectoryPath)
let files = DemoFiles.all()
do {
    for (path, text) in files.sorted(by: { $0.key < $1.key }) {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url, options: .atomic)
        print("wrote \(path) (\(text.utf8.count) bytes)")
    }
} catch {
    FileHandle.standardError.write(Data("tracegate-datagen: \(error)\n".utf8))
    exit(1)
}
