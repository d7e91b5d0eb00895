/// The document shapes tracegate reads.
public enum TraceFormat: String, Sendable, Hashable, Codable, CaseIterable {
    /// OpenTelemetry OTLP/JSON: one `TracesData` document or JSON Lines of them.
    case otlp
}
