import Testing
import TraceIngest
import TraceJSON
import TraceModel

/// A batch of OTLP documents is mapped on every core, a run of documents each, and the runs'
/// traces merged: the traces, their order and the first error must be those of one pass.
@Suite struct OTLPBatchMappingTests {
    /// Line `line` holds one span of each of three traces, `t(line % 7)`, `t(line % 5 + 7)` and
    /// `t(line % 3 + 12)`, so traces run across any split of the batch. Span ids name their line.
    private static func document(line: Int, badStartOf bad: Int? = nil) -> String {
        let spans = [line % 7, line % 5 + 7, line % 3 + 12].map { trace in
            let start = trace == bad ? #""soon""# : "\(1_000 + line)"
            return #"{"traceId":"t\#(trace)","spanId":"s\#(line)-\#(trace)","name":"step","startTimeUnixNano":\#(start),"#
                + #""endTimeUnixNano":\#(2_000 + line)}"#
        }
        return #"{"resourceSpans":[{"scopeSpans":[{"spans":[\#(spans.joined(separator: ","))]}]}]}"#
    }

    private static func documents(_ count: Int, bad: [Int: Int] = [:]) throws -> [SourceDocument] {
        try (1...count).map { line in
            SourceDocument(root: try JSONDocumentParser().parse(Array(document(line: line, badStartOf: bad[line]).utf8)), line: line)
        }
    }

    @Test("traces come in the order their ids first appear, each with its spans in line order")
    func orderAcrossRuns() throws {
        let count = 400
        let traces = try OTLPReader().read(try Self.documents(count), file: "batch.jsonl")
        // Worked from the definition: line 1 holds t1, t8, t13; line 2 t2, t9, t14; line 3 t3, t10, t12;
        // line 4 t4, t11; line 5 t5, t7; line 6 t6; line 7 t0.
        #expect(traces.map(\.traceId) == ["t1", "t8", "t13", "t2", "t9", "t14", "t3", "t10", "t12", "t4", "t11", "t5", "t7", "t6", "t0"])
        for trace in traces {
            let number = Int(trace.traceId.dropFirst())!
            let lines = (1...count).filter { line in
                number < 7 ? line % 7 == number : number < 12 ? line % 5 + 7 == number : line % 3 + 12 == number
            }
            #expect(trace.spans.map(\.spanId) == lines.map { "s\($0)-\(number)" })
        }
        #expect(traces.reduce(0) { $0 + $1.spans.count } == 3 * count)
    }

    @Test("the first bad span in line order is the error, wherever the batch is split")
    func firstErrorWins() throws {
        func failure(_ bad: [Int: Int]) throws -> IngestError? {
            let documents = try Self.documents(400, bad: bad)
            do {
                _ = try OTLPReader().read(documents, file: "batch.jsonl")
                return nil
            } catch { return error }
        }
        // Line 390 (t5 is on it: 390 % 7 = 5) and line 20 (t6: 20 % 7 = 6): the error names line 20.
        let both = try #require(try failure([390: 5, 20: 6]))
        guard case .invalidRecord(_, let line, _, let field, _) = both else { Issue.record("\(both)"); return }
        #expect(line == 20)
        #expect(field == "startTimeUnixNano")
        let late = try #require(try failure([390: 5]))
        guard case .invalidRecord(_, let lateLine, _, _, _) = late else { Issue.record("\(late)"); return }
        #expect(lateLine == 390)
    }
}
