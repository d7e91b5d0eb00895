import Foundation
import TraceModel
import TraceJSON

/// Reads one whole JSON file into a value, with errors that name the file, line and column.
public enum JSONFile {
    /// The parsed contents of `path`.
    public static func read(_ path: String, limits: JSONLimits = .default) throws(IngestError) -> JSONValue {
        try RegularFile.require(path)
        let bytes: [UInt8]
        do {
            bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
        } catch {
            throw .unreadable(file: path, reason: (error as NSError).localizedDescription)
        }
        do {
            return try JSONParser.parse(bytes, limits: limits)
        } catch {
            throw .malformedJSON(file: path, line: error.line, column: error.column, reason: error.reason)
        }
    }
}
