import Foundation
import TraceEval

/// Reads a golden dataset file.
enum GoldenFile {
    static func load(_ path: String) throws -> GoldenDataset {
        try GoldenLoader().load(try InputFile.text(path, what: "the golden dataset"), file: path)
    }
}

/// An error with a message, for failures outside the library's typed errors.
struct ValidationErrorWithExit: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
