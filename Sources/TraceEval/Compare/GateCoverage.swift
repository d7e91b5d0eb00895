/// What the candidate covers of the golden dataset, and what the baseline could not be compared on:
/// the facts the gate's fail-closed rules and notes are made of.
public struct GateCoverage: Sendable, Hashable {
    /// Golden cases with no candidate trace, per route (routes sorted, cases in golden order).
    public var missingByRoute: [(route: String, cases: [String])] {
        Dictionary(grouping: missing, by: \.route).map { ($0.key, $0.value.map(\.caseId)) }.sorted { $0.route < $1.route }
    }
    /// Golden cases with no candidate trace, in golden order.
    public var missing: [CaseRef] = []
    /// Golden cases per route.
    public var casesByRoute: [String: Int] = [:]
    /// Candidate traces that link to no case.
    public var unlinkedTraces: [String] = []
    /// Candidate traces read.
    public var candidateTraces = 0
    /// Why the first unlinked traces link to nothing, with the case each most likely meant.
    public var linkHints: [String] = []
    /// Cases whose golden definition changed since the baseline was made.
    public var changed: [String] = []
    /// Golden cases the baseline does not have.
    public var new: [String] = []
    /// Baseline cases the golden no longer has.
    public var removed: [String] = []

    /// A case id with its route.
    public struct CaseRef: Sendable, Hashable {
        public var caseId: String
        public var route: String

        public init(caseId: String, route: String) {
            self.caseId = caseId
            self.route = route
        }
    }

    /// No coverage problem.
    public init() {}

    /// Notes on what was set aside, one sentence each.
    public var notes: [String] {
        var notes: [String] = []
        if !changed.isEmpty {
            notes.append("\(changed.count) case(s) changed in the golden since the baseline was made, not compared: \(Gate.list(changed)).")
        }
        if !new.isEmpty { notes.append("\(new.count) new case(s) with no baseline, not compared: \(Gate.list(new)).") }
        if !removed.isEmpty { notes.append("\(removed.count) baseline case(s) no longer in the golden, ignored: \(Gate.list(removed)).") }
        return notes
    }

    /// Why nothing was compared, in one sentence.
    func whyNothing(candidate: String) -> String {
        if candidateTraces == 0 { return "the candidate '\(candidate)' has no trace at all." }
        if unlinkedTraces.count == candidateTraces {
            return "none of the candidate's \(candidateTraces) trace(s) links to a golden case (check the case ids or queries)."
        }
        return "no golden case has a trace on both sides (the baseline has none of the candidate's cases, "
            + "or every shared case changed in the golden)."
    }
}
