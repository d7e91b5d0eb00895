import Foundation
import TraceEval

/// Reads a golden dataset file.
enum GoldenFile {
    static func load(_ path: String) throws -> GoldenDataset {
        let text: String
        do {
            text = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw ValidationErrorWithExit("cannot read the golden dataset \(path): \((error as NSError).localizedDescription)")
        }
        return try GoldenLoader().load(text, file: path)
    }
}

/// An error with a message, for failures outside the library's typed errors.
struct ValidationErrorWithExit: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
