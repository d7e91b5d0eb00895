import TraceModel
import TraceJSON

/// Reads OpenTelemetry OTLP/JSON: `ExportTraceServiceRequest`/`TracesData` documents, alone or
/// one per line as the Collector file exporter writes them. Snake-case keys are accepted too.
public struct OTLPReader: TraceDocumentReader {
    /// Whether spans keep all their attributes (for a store and `show`), or only tracegate's own
    /// (`tracegate.…`), which are all that scoring reads back.
    public var keepsAttributes: Bool

    /// Creates the reader; spans keep all their attributes unless told otherwise.
    public init(keepsAttributes: Bool = true) {
        self.keepsAttributes = keepsAttributes
    }

    /// OTLP.
    public var format: TraceFormat { .otlp }

    /// Every OTLP document stands alone: spans group into traces by trace id across batches.
    public var readsInBatches: Bool { true }

    /// A document with `resourceSpans` (or `resource_spans`).
    public func matches(_ root: JSONView) -> Bool {
        root["resourceSpans"].isArray || root["resource_spans"].isArray
    }

    /// Reads every span of every document, grouped into traces by trace id in the order the ids
    /// first appear, each trace's spans in document order. Documents stand alone, so a large batch
    /// is mapped on every core, a consecutive run of documents each, and the runs' traces are
    /// merged in order: the result, and the first error in document order, are those of one pass.
    public func read(_ documents: [SourceDocument], file: String) throws(IngestError) -> [RawTrace] {
        let runs = ChunkedWork.map(count: documents.count, minimum: 64) { range in
            Result { () throws(IngestError) in try group(documents[range], file: file) }
        }
        var traces = try runs[0].get()
        guard runs.count > 1 else { return traces }
        var position = Dictionary(uniqueKeysWithValues: traces.enumerated().map { ($0.element.traceId, $0.offset) })
        for run in runs.dropFirst() {
            for trace in try run.get() {
                if let index = position[trace.traceId] {
                    traces[index].absorb(trace)
                } else {
                    position[trace.traceId] = traces.count
                    traces.append(trace)
                }
            }
        }
        return traces
    }

    /// The spans of `documents`, grouped into traces by trace id in first-appearance order.
    private func group(_ documents: ArraySlice<SourceDocument>, file: String) throws(IngestError) -> [RawTrace] {
        var traces: [RawTrace] = []
        var position: [String: Int] = [:]
        for document in documents {
            guard matches(document.root) else {
                throw .formatMismatch(file: file, format: "OTLP/JSON",
                                      reason: "line \(document.line) has no 'resourceSpans' array")
            }
            try eachSpan(of: document.root, resource: { OTLPAnyValue.attributes($0["attributes"]) }) {
                (resource, index, rawSpan) throws(IngestError) in
                let (span, dialects) = try readSpan(rawSpan, resource: resource, file: file, line: document.line, at: index)
                if let known = position[span.traceId] {
                    traces[known].spans.append(span)
                    traces[known].dialects.formUnion(dialects)
                } else {
                    position[span.traceId] = traces.count
                    traces.append(RawTrace(traceId: span.traceId, spans: [span], format: .otlp, dialects: dialects))
                }
            }
        }
        return traces
    }

    /// The (lowercased) trace id of every span of the document.
    public func traceIds(in root: JSONView) -> [String] {
        var ids: [String] = []
        eachSpan(of: root, resource: { _ in () }) { _, _, span in
            if let id = traceId(of: span) { ids.append(id) }
        }
        return ids
    }

    /// The trace ids of one line, by a byte scan (``TraceIdScan``).
    public func scanTraceIds(_ bytes: UnsafeBufferPointer<UInt8>, _ line: Range<Int>) -> [String]? {
        TraceIdScan.ids(bytes, line)
    }

    /// Calls `body` for every span of `root` with what `resource` made of the span's resource and
    /// the span's position (resource, scope and span index).
    private func eachSpan<Resource, E: Error>(
        of root: JSONView, resource: (JSONView) -> Resource,
        _ body: (Resource, (Int, Int, Int), JSONView) throws(E) -> Void
    ) throws(E) {
        for (resourceIndex, rawResource) in pick(root, "resourceSpans", "resource_spans").array.enumerated() {
            let made = resource(rawResource["resource"])
            let scopes = pick(rawResource, "scopeSpans", "scope_spans", "instrumentationLibrarySpans").array
            for (scopeIndex, scope) in scopes.enumerated() {
                for (spanIndex, rawSpan) in scope["spans"].array.enumerated() {
                    try body(made, (resourceIndex, scopeIndex, spanIndex), rawSpan)
                }
            }
        }
    }

    private func traceId(of span: JSONView) -> String? {
        pick(span, "traceId", "trace_id").nonEmptyString?.lowercased()
    }

    private func readSpan(
        _ raw: JSONView, resource: [String: JSONValue], file: String, line: Int, at position: (Int, Int, Int)
    ) throws(IngestError) -> (Span, Set<AttributeDialect>) {
        func invalid(_ field: String, _ reason: String) -> IngestError {
            let record = "span resourceSpans[\(position.0)].scopeSpans[\(position.1)].spans[\(position.2)]"
            return .invalidRecord(file: file, line: line, record: record, field: field, reason: reason)
        }
        guard let traceId = traceId(of: raw) else { throw invalid("traceId", "is missing or empty") }
        guard let spanId = pick(raw, "spanId", "span_id").nonEmptyString else { throw invalid("spanId", "is missing or empty") }
        let startField = pick(raw, "startTimeUnixNano", "start_time_unix_nano")
        guard let start = startField.int64 else {
            throw invalid("startTimeUnixNano", startField.exists ? "is not an integer number of nanoseconds" : "is missing")
        }
        let endField = pick(raw, "endTimeUnixNano", "end_time_unix_nano")
        guard let end = endField.exists ? endField.int64 : start else {
            throw invalid("endTimeUnixNano", "is not an integer number of nanoseconds")
        }
        let envelope = SpanAttributeMapper.Envelope(
            traceId: traceId, spanId: spanId.lowercased(),
            parentSpanId: pick(raw, "parentSpanId", "parent_span_id").nonEmptyString?.lowercased(),
            name: raw["name"].string ?? "", start: start, end: end,
            status: status(raw["status"], events: raw["events"])
        )
        // The attribute list is mapped where it lies, with no dictionary, unless it needs repairing
        // or holds flattened indexed names.
        if let list = OTLPAttributeList(raw["attributes"], resourceCaseId: resource["tracegate.case_id"]) {
            return SpanAttributeMapper.map(envelope, list: list, keepingOthers: keepsAttributes)
        }
        var attributes = OTLPAnyValue.attributes(raw["attributes"])
        if let caseId = resource["tracegate.case_id"], attributes["tracegate.case_id"] == nil {
            attributes["tracegate.case_id"] = caseId
        }
        do {
            var (span, dialects) = try SpanAttributeMapper.map(envelope, attributes: attributes)
            if !keepsAttributes { span.attributes = span.attributes.filter { $0.key.hasPrefix(OTLPAttributeList.ownPrefix) } }
            return (span, dialects)
        } catch {
            throw invalid("attributes.\(error.field)", error.reason)
        }
    }

    /// OTLP status: code 2 (or `STATUS_CODE_ERROR`) is an error; the message falls back to an `exception` event.
    private func status(_ raw: JSONView, events: JSONView) -> SpanStatus {
        let code = raw["code"]
        let isError = code.int64 == 2 || code.string == "STATUS_CODE_ERROR" || code.string == "ERROR"
        let isOK = code.int64 == 1 || code.string == "STATUS_CODE_OK" || code.string == "OK"
        guard isError else { return SpanStatus(code: isOK ? .ok : .unset) }
        var message = raw["message"].nonEmptyString
        if message == nil {
            for event in events.array where event["name"].string == "exception" {
                let attributes = OTLPAnyValue.attributes(event["attributes"])
                message = attributes["exception.message"]?.stringValue ?? attributes["exception.type"]?.stringValue
                if message != nil { break }
            }
        }
        return SpanStatus(code: .error, message: message)
    }

    private func pick(_ view: JSONView, _ keys: String...) -> JSONView {
        for key in keys where view[key].exists { return view[key] }
        return JSONView(nil)
    }
}
