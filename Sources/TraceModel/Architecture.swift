/// How an agent is built, as seen in a trace.
public enum Architecture: String, Sendable, Hashable, Codable, CaseIterable {
    /// The model decides, calls a tool, observes, and decides again.
    case llmLed = "llm-led"
    /// One routing call, deterministic execution of tools, one synthesis call.
    case orchestratorLed = "orchestrator-led"
    /// The trace does not show enough to tell.
    case unknown
}
