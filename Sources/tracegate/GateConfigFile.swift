import Foundation
import TraceEval

/// Reads `tracegate.yaml` for gate and score.
enum GateConfigFile {
    /// The configuration at `path`, or the defaults when no path is given.
    static func load(_ path: String?) throws -> GateConfig {
        guard let path else { return GateConfig() }
        var config = try GateConfigLoader().load(try InputFile.text(path, what: "the gate config"), file: path)
        config.file = path
        return config
    }
}
