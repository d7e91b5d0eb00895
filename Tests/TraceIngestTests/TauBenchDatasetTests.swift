import Foundation
import Testing
import TraceIngest
import TraceModel

/// The bundled τ-bench results file, checked against the counts that
/// `../shared/datasets-external/README.md` §1.2 gives for it (checked there over all 200 records)
/// and τ-bench's published gpt-4o airline pass^1 of 0.420 (its README leaderboard).
@Suite struct TauBenchDatasetTests {
    static let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("datasets/tau-bench/gpt-4o-airline.json").path

    @Test("200 traces of 50 tasks × 4 trials, 1,164 tool calls, mean reward 0.42, tool counts per tool")
    func wholeFile() throws {
        let result = try Ingestor().read(file: Self.file)
        #expect(result.format == .tauBench)
        #expect(result.traces.count == 200)
        #expect(Set(result.traces.compactMap(\.caseId)).count == 50)
        #expect(result.traces.reduce(0) { $0 + $1.totals.toolCalls } == 1164)
        let rewards = result.traces.compactMap(\.recordedOutcome)
        #expect(rewards.count == 200)
        #expect(abs(rewards.reduce(0, +) / 200 - 0.42) < 1e-12)
        var perTool: [String: Int] = [:]
        for trace in result.traces {
            for span in trace.toolSpans { perTool[span.tool?.name ?? "", default: 0] += 1 }
        }
        #expect(perTool == [
            "get_reservation_details": 377, "search_direct_flight": 141, "get_user_details": 120,
            "update_reservation_flights": 104, "calculate": 96, "think": 92, "cancel_reservation": 69,
            "book_reservation": 53, "transfer_to_human_agents": 48, "search_onestop_flight": 38,
            "update_reservation_baggages": 14, "send_certificate": 8, "list_all_airports": 2,
            "update_reservation_passengers": 2,
        ])
        // reward_info is null in 5 of the 200 records: those episodes hit the step limit.
        #expect(result.traces.count { $0.spans[0].attributes["tracegate.termination"] == .string("max_steps") } == 5)
    }
}
