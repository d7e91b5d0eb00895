/// The document shapes tracegate reads, by the name `--format` takes.
public enum TraceFormat: String, Sendable, Hashable, Codable, CaseIterable {
    /// OpenTelemetry OTLP/JSON: one `TracesData` document or JSON Lines of them.
    case otlp
    /// The OpenAI Agents SDK trace export (`trace` and `trace.span` records).
    case openAIAgents = "openai-agents"
    /// LangSmith runs (the `post`/`patch` ingest payload or lists of runs).
    case langsmith
    /// Langfuse exports (`{trace, observations}`).
    case langfuse
    /// OpenAI-format chat message lists.
    case messages
    /// τ-bench results and τ²-bench simulations.
    case tauBench = "tau-bench"
}
