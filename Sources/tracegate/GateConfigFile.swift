import Foundation
import TraceEval

/// Reads `tracegate.yaml` for gate and score.
enum GateConfigFile {
    /// The configuration at `path`, or the defaults when no path is given.
    static func load(_ path: String?) throws -> GateConfig {
        guard let path else { return GateConfig() }
        let text: String
        do { text = try String(contentsOfFile: path, encoding: .utf8) } catch {
            throw ValidationErrorWithExit("cannot read the gate config \(path): \((error as NSError).localizedDescription)")
        }
        var config = try GateConfigLoader().load(text, file: path)
        config.file = path
        return config
    }
}
