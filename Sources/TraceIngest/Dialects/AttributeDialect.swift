import Foundation
import TraceModel

/// A family of span attribute names. Several can appear on one span.
public enum AttributeDialect: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    /// OpenTelemetry GenAI semantic conventions, current names (`gen_ai.operation.name`, `gen_ai.usage.input_tokens`).
    case genAI = "gen_ai"
    /// OpenTelemetry GenAI before v1.37 and OpenLLMetry's indexed names (`gen_ai.system`, `gen_ai.usage.prompt_tokens`, `gen_ai.prompt.N.*`).
    case genAILegacy = "gen_ai-legacy"
    /// OpenInference (`openinference.span.kind`, `llm.token_count.*`, `tool.name`, `input.value`).
    case openInference = "openinference"
    /// Future AGI traceAI (`fi.span.kind`, `gen_ai.span.kind`), read like OpenInference.
    case traceAI = "traceai"
    /// OpenLLMetry's own names (`traceloop.span.kind`, `llm.request.type`).
    case openLLMetry = "openllmetry"
    /// The Vercel AI SDK's telemetry (`ai.operationId`, `ai.toolCall.*`, `ai.usage.*`, `ai.response.*`).
    case vercelAI = "vercel-ai"

    /// Orders by name, for stable summaries.
    public static func < (lhs: AttributeDialect, rhs: AttributeDialect) -> Bool { lhs.rawValue < rhs.rawValue }

    /// The dialects present in one span's attributes.
    public static func detect(in attributes: [String: JSONValue]) -> Set<AttributeDialect> {
        // A span's keys name one or two families many times over: note each family as a bit,
        // and make the set once from the bits.
        var bits: UInt8 = 0
        for key in attributes.keys {
            if let dialect = dialect(of: key) { bits |= 1 << dialect.position }
        }
        return set(of: bits)
    }

    /// The dialect's place in ``allCases``, as a bit position.
    private var position: UInt8 {
        switch self {
        case .genAI: 0
        case .genAILegacy: 1
        case .openInference: 2
        case .traceAI: 3
        case .openLLMetry: 4
        case .vercelAI: 5
        }
    }

    /// The bit of each dialect in `bits` (``position``), as a set: made once for each of the 64.
    static func set(of bits: UInt8) -> Set<AttributeDialect> {
        sets[Int(bits & 63)]
    }

    private static let sets: [Set<AttributeDialect>] = (0..<64).map { bits in
        Set(allCases.filter { bits & (1 << Int($0.position)) != 0 })
    }

    /// The bit of the dialect of `key` (its UTF-8 bytes), or 0 when it belongs to none.
    static func bit(of key: UnsafeBufferPointer<UInt8>) -> UInt8 {
        dialect(ofBytes: key).map { 1 << $0.position } ?? 0
    }

    /// The dialect a key belongs to, if any.
    static func dialect(of key: String) -> AttributeDialect? {
        var key = key
        return key.withUTF8(dialect(ofBytes:))
    }

    /// The dialect of a key given as its UTF-8 bytes. Keys are told apart by their first byte, and
    /// then by name; where two families share a first byte, the more specific names are tried first.
    private static func dialect(ofBytes key: UnsafeBufferPointer<UInt8>) -> AttributeDialect? {
        func equals(_ name: StaticString) -> Bool {
            name.utf8CodeUnitCount == key.count && memcmp(name.utf8Start, key.baseAddress!, key.count) == 0
        }
        func starts(_ prefix: StaticString) -> Bool {
            prefix.utf8CodeUnitCount <= key.count && memcmp(prefix.utf8Start, key.baseAddress!, prefix.utf8CodeUnitCount) == 0
        }
        switch key.first {
        case UInt8(ascii: "o"):
            return equals("openinference.span.kind") ? .openInference : nil
        case UInt8(ascii: "l"):
            if starts("llm.token_count.") || equals("llm.model_name") || starts("llm.input_messages.") || starts("llm.output_messages.") {
                return .openInference
            }
            return equals("llm.request.type") ? .openLLMetry : nil
        case UInt8(ascii: "t"):
            if equals("tool.name") { return .openInference }
            return starts("traceloop.") ? .openLLMetry : nil
        case UInt8(ascii: "f"):
            return equals("fi.span.kind") ? .traceAI : nil
        case UInt8(ascii: "g"):
            if equals("gen_ai.span.kind") { return .traceAI }
            if equals("gen_ai.system") || equals("gen_ai.usage.prompt_tokens") || equals("gen_ai.usage.completion_tokens")
                || starts("gen_ai.prompt.") || starts("gen_ai.completion.") {
                return .genAILegacy
            }
            return starts("gen_ai.") ? .genAI : nil
        case UInt8(ascii: "a"):
            return starts("ai.") ? .vercelAI : nil
        default:
            return nil
        }
    }
}
