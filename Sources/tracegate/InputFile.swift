import Foundation
import TraceIngest

/// Reads one of a command's own input files (the golden dataset, the gate config, a baseline file):
/// a regular file only, so a FIFO cannot hang the command and a device cannot fill its memory.
enum InputFile {
    /// The bytes of `path`; `what` names the file in errors ("the golden dataset").
    static func data(_ path: String, what: String) throws -> Data {
        if let problem = RegularFile.problem(path) { throw ValidationErrorWithExit("cannot read \(what) \(path): \(problem)") }
        do { return try Data(contentsOf: URL(fileURLWithPath: path)) } catch {
            throw ValidationErrorWithExit("cannot read \(what) \(path): \(FileErrorText.reason(error))")
        }
    }

    /// The text of `path`, which must be UTF-8.
    static func text(_ path: String, what: String) throws -> String {
        guard let text = String(data: try data(path, what: what), encoding: .utf8) else {
            throw ValidationErrorWithExit("cannot read \(what) \(path): it is not UTF-8 text")
        }
        return text
    }
}
