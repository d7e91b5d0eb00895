import TraceModel
import Yams

/// Derives a golden dataset (GOLDEN.md, version 1) from τ-bench ground truth.
///
/// One case per `task_id`. The task's gold actions (`info.task.actions`, `{name, kwargs}`) become
/// both the tools the agent must call (`expected.tools`, for ToolSelectionAccuracy) and the
/// reference trajectory (`expected.trajectory`, mode `contains_expected`: every gold call must
/// appear, extra read-only calls are allowed). The outcome is the recorded reward
/// (`outcome.recorded: true`), because τ-bench's reward is a database-state oracle that cannot be
/// recomputed from the trajectory. Arguments match exactly by default, as τ-bench compares them.
public struct TauBenchGolden: Sendable {
    /// The dataset's name.
    public var name: String
    /// The route every case belongs to (τ-bench has one domain per file).
    public var route: String
    /// The command line to record in the file's header.
    public var command: String

    /// Creates a deriver.
    public init(name: String, route: String, command: String) {
        self.name = name
        self.route = route
        self.command = command
    }

    /// Why a τ-bench file cannot be turned into a golden dataset.
    public struct DerivationError: Error, Sendable, Equatable, CustomStringConvertible {
        /// What is wrong, naming the record and field.
        public let message: String
        /// The message.
        public var description: String { message }
    }

    /// The golden YAML for the τ-bench records in `results` (the parsed results array).
    public func derive(from results: JSONValue) throws(DerivationError) -> String {
        guard let records = results.arrayValue, !records.isEmpty else {
            throw DerivationError(message: "expected a non-empty JSON array of τ-bench records ({task_id, trial, reward, info, traj})")
        }
        var actionsByTask: [Int64: JSONValue] = [:]
        for (index, record) in records.enumerated() {
            guard let taskId = record["task_id"]?.int64Value else {
                throw DerivationError(message: "record \(index): field 'task_id' is missing or not an integer")
            }
            guard let actions = record["info"]?["task"]?["actions"], actions.arrayValue != nil else {
                throw DerivationError(message: "record \(index) (task \(taskId)): field 'info.task.actions' is missing or not a list")
            }
            if let known = actionsByTask[taskId], known != actions {
                throw DerivationError(message: "record \(index): task \(taskId) has different gold actions in different trials")
            }
            actionsByTask[taskId] = actions
        }
        var cases: [Node] = []
        for taskId in actionsByTask.keys.sorted() {
            cases.append(try caseNode(taskId: taskId, actions: actionsByTask[taskId]!.arrayValue ?? []))
        }
        let document = YAMLNodes.mapping([
            ("version", Node("1")),
            ("name", YAMLNodes.string(name)),
            ("description", YAMLNodes.string("τ-bench \(route) tasks: gold actions from info.task.actions, success from the recorded reward")),
            ("defaults", YAMLNodes.mapping([("trajectory_mode", Node("contains_expected")), ("args_match", Node("exact"))])),
            ("cases", YAMLNodes.sequence(cases)),
        ])
        let header = """
            # Derived from τ-bench ground truth (sierra-research/tau-bench, MIT; see datasets/tau-bench/).
            # Regenerate with: \(command)
            # \(actionsByTask.count) cases, \(actionsByTask.values.reduce(0) { $0 + ($1.arrayValue?.count ?? 0) }) gold actions.

            """
        do {
            return header + (try Yams.serialize(node: document, width: -1, allowUnicode: true))
        } catch {
            throw DerivationError(message: "could not write YAML: \(error)")
        }
    }

    private func caseNode(taskId: Int64, actions: [JSONValue]) throws(DerivationError) -> Node {
        var calls: [Node] = []
        for (index, action) in actions.enumerated() {
            guard let tool = action["name"]?.stringValue else {
                throw DerivationError(message: "task \(taskId): action \(index) has no 'name'")
            }
            let kwargs = action["kwargs"] ?? .object([:])
            let isEmpty = kwargs.objectValue?.isEmpty ?? true
            calls.append(isEmpty ? YAMLNodes.string(tool) : YAMLNodes.mapping([(tool, YAMLNodes.node(kwargs))], style: .flow))
        }
        let expected = YAMLNodes.mapping([
            ("tools", YAMLNodes.sequence(calls)),
            ("trajectory", YAMLNodes.mapping([("mode", Node("contains_expected")), ("steps", YAMLNodes.sequence(calls))])),
            ("outcome", YAMLNodes.mapping([("recorded", Node("true"))])),
        ])
        return YAMLNodes.mapping([
            ("id", YAMLNodes.string(String(taskId))),
            ("route", YAMLNodes.string(route)),
            ("tags", Node([YAMLNodes.string("tau-bench")], .implicit, .flow)),
            ("expected", expected),
        ])
    }
}
