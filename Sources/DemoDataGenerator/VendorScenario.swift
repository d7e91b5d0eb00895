import TraceModel

/// Vendor exception approval: classify → retrieve_policy → rerank → reason → compliance_check (above
/// 10,000) → approve or escalate. Version 2 of the orchestrator starts skipping retrieve_policy for
/// most high-value requests, so it can no longer cite the policy: the gate must catch it and the
/// fail rate by step must point at retrieve_policy.
enum VendorScenario {
    struct Case {
        var id: String
        var route: String
        var vendor: String
        var amount: Int
        var critical: Bool
        var policy: String { "VX-\(100 + amount % 37)" }
        var decision: String { amount > 100_000 || vendor.hasSuffix("Ltd") ? "escalated" : "approved" }
        var query: String { "Can we grant a payment-terms exception for \(vendor) on an invoice of $\(amount)?" }
    }

    static let cases: [Case] = {
        let vendors = ["Acme Corp", "Globex Ltd", "Initech", "Umbrella Ltd", "Hooli", "Vandelay Industries",
                       "Stark Supplies", "Wayne Parts Ltd", "Soylent Co", "Tyrell Ltd", "Cyberdyne", "Wonka Foods"]
        var all: [Case] = []
        for (index, vendor) in vendors.enumerated() {
            all.append(Case(id: "vendor-std-\(index + 1)", route: "standard", vendor: vendor, amount: 1_200 + index * 710, critical: false))
        }
        for (index, vendor) in vendors.enumerated() {
            all.append(Case(id: "vendor-high-\(index + 1)", route: "high_value", vendor: vendor, amount: 12_000 + index * 21_500,
                            critical: index == 11))
        }
        return all
    }()

    /// The cases where version 2 skips retrieve_policy.
    static func skipsPolicy(_ c: Case) -> Bool {
        c.route == "high_value" ? !["vendor-high-2", "vendor-high-7"].contains(c.id) : c.id == "vendor-std-5"
    }

    static func steps(_ c: Case, skipPolicy: Bool, retry: Bool) -> [Agents.Step] {
        let request = JSONValue.object(["vendor": .string(c.vendor), "amount": .int(Int64(c.amount))])
        var steps: [Agents.Step] = [[Agents.Call(name: "classify", arguments: request,
                                                 result: #"{"category":"payment_terms","risk":"\#(c.vendor.hasSuffix("Ltd") ? "elevated" : "normal")"}"#)]]
        if !skipPolicy {
            steps.append([Agents.Call(name: "retrieve_policy", arguments: .object(["category": .string("payment_terms")]),
                                      result: #"{"policies":["\#(c.policy)","VX-090","VX-077"]}"#)])
        }
        steps.append([Agents.Call(name: "rerank", arguments: .object(["query": .string(c.query), "top_k": .int(1)]),
                                  result: skipPolicy ? #"{"best":null}"# : #"{"best":"\#(c.policy)"}"#)])
        steps.append([Agents.Call(name: "reason", arguments: .object(["amount": .int(Int64(c.amount))]),
                                  result: #"{"recommendation":"\#(c.decision)"}"#)])
        if c.amount > 10_000 {
            var check = Agents.Call(name: "compliance_check", arguments: request, result: #"{"sanctions":"clear","limit_ok":\#(c.amount <= 100_000)}"#)
            if retry {
                check.error = "compliance service unavailable (503)"
                steps.append([check])
                check.error = nil
            }
            steps.append([check])
        }
        return steps
    }

    static func answer(_ c: Case, citesPolicy: Bool) -> String {
        let verb = c.decision == "approved" ? "Approved" : "Escalated to the finance controller"
        return citesPolicy ? "\(verb): \(c.vendor), $\(c.amount), under policy \(c.policy)." : "\(verb): \(c.vendor), $\(c.amount)."
    }

    static func traces(_ run: String, seed: UInt64) -> [SketchTrace] {
        let llmLed = run == "vendor-llm-led"
        let version2 = run == "vendor-orchestrator-v2"
        return cases.enumerated().map { index, c in
            var b = SketchBuilder(traceId: Hex.id("\(run)/\(c.id)", length: 32), caseId: c.id, query: c.query,
                                  architecture: llmLed ? .llmLed : .orchestratorLed,
                                  start: Demo.epoch + 3_600_000_000_000 + Int64(index) * 120_000_000_000, seed: seed &+ UInt64(index) &* 7,
                                  rootName: llmLed ? "invoke_agent vendor-exceptions" : "invoke_workflow vendor-exceptions",
                                  rootKind: llmLed ? .agent : .chain, route: "vendor-exceptions")
            let skip = version2 && skipsPolicy(c)
            let steps = steps(c, skipPolicy: skip, retry: c.id == "vendor-high-4")
            if llmLed {
                Agents.llmLed(&b, query: c.query, steps: steps, answer: answer(c, citesPolicy: true), route: "vendor-exceptions")
            } else {
                Agents.orchestrated(&b, query: c.query, plan: #"{"pipeline":"vendor_exception","skip_policy":\#(skip)}"#, steps: steps,
                                    answer: answer(c, citesPolicy: !skip))
            }
            return b.finish()
        }
    }

    static func golden() -> String {
        var yaml = """
            # Vendor exception approval: generated by tracegate-datagen (Sources/DemoDataGenerator/VendorScenario.swift).
            version: 1
            name: vendor
            description: Vendor exception approval pipeline; high-value requests need a compliance check
            defaults: {trajectory_mode: in_order, args_match: superset}
            tools:
              classify: {}
              retrieve_policy: {}
              rerank: {}
              reason: {}
              compliance_check: {}
            cases:

            """
        for c in cases {
            var tools = ["classify", "retrieve_policy", "rerank", "reason"]
            if c.amount > 10_000 { tools.append("compliance_check") }
            yaml += "  - id: \(c.id)\n    query: \"\(c.query)\"\n    route: \(c.route)\n"
            if c.critical { yaml += "    critical: true\n" }
            yaml += "    expected:\n      tools: [\(tools.joined(separator: ", "))]\n"
            yaml += "      trajectory: {steps: [\(tools.joined(separator: ", "))], must_precede: [[retrieve_policy, reason]]}\n"
            yaml += "      optimal_steps: \(tools.count)\n"
            yaml += "      outcome: {answer_contains: [\"\(c.decision == "approved" ? "Approved" : "Escalated")\", \"policy \(c.policy)\"], termination: normal}\n"
        }
        return yaml
    }
}
