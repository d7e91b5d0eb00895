import Foundation
import TraceEval

/// Reads `tracegate.yaml` for gate and score.
enum GateConfigFile {
    /// The configuration at `path`, or the defaults when no path is given.
    static func load(_ path: String?) throws -> GateConfig {
        guard let path else { return GateConfig() }
        guard let handle = FileHandle(forReadingAtPath: path), let data = try? handle.readToEnd() ?? Data() else {
            throw ValidationErrorWithExit("cannot read the gate config \(path): no such file, or not readable")
        }
        let text = String(decoding: data, as: UTF8.self)
        var config = try GateConfigLoader().load(text, file: path)
        config.file = path
        return config
    }
}
