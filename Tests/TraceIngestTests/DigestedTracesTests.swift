import Testing
import TraceIngest
import TraceModel

/// Trace files read for scoring without a store keep each trace as its digest: what scoring reads
/// back is what it would read from a store, in first-read order, a repeated trace id replacing
/// the earlier trace in its place.
@Suite struct DigestedTracesTests {
    @Test("a trace id read again in a later file replaces the earlier trace in its place; batches of any size read the same traces")
    func replaceAndBatch() throws {
        let whole = try Ingestor().read(file: SpanLines.dataset).traces
        // The second file holds the third trace again, cut to its first span.
        let again = try SpanLines.write([try SpanLines.perTrace()[2][0]])
        var reports: [FileReport] = []
        let read = try DigestedTraces.read([SpanLines.dataset, again], with: Ingestor()) { reports.append($0) }
        var expected = whole.map(TraceDigest.evaluationView)
        expected[2] = TraceDigest.evaluationView(of: try Ingestor().read(file: again).traces[0])
        #expect(expected[2].spans.count == 1 && whole[2].spans.count > 1)
        #expect(read.count == 25)
        #expect(read.traces() == expected)
        #expect(reports.map(\.traces) == [25, 1])
        for size in [1, 7, 25, 100] {
            var batches: [[Trace]] = []
            read.traces(batchSize: size) { batches.append($0) }
            #expect(batches.flatMap { $0 } == expected)
            #expect(batches.count == (25 + size - 1) / size)
        }
    }
}
