import TraceModel

/// Every file the generator writes, by path relative to the repository root.
enum DemoFiles {
    static func all() -> [String: String] {
        var files: [String: String] = [:]
        let genAI = { (service: String, traces: [SketchTrace]) in
            traces.map { OTLPWriter(dialect: .genAI, service: service).document([$0]).canonicalText }.joined(separator: "\n") + "\n"
        }
        let openInference = { (service: String, traces: [SketchTrace]) in
            OTLPWriter(dialect: .openInference, service: service).document(traces).prettyText + "\n"
        }
        files["datasets/ops-llm-led/traces.otlp.jsonl"] = genAI("ops-agent", OpsScenario.traces(llmLed: true, seed: Demo.seed))
        files["datasets/ops-orchestrator/traces.openinference.json"] = openInference("ops-pipeline", OpsScenario.traces(llmLed: false, seed: Demo.seed))
        files["golden/ops.yaml"] = OpsScenario.golden()
        files["datasets/vendor-llm-led/traces.otlp.jsonl"] = genAI("vendor-agent", VendorScenario.traces("vendor-llm-led", seed: Demo.seed))
        for run in ["vendor-orchestrator", "vendor-orchestrator-v2"] {
            files["datasets/\(run)/traces.openinference.json"] = openInference(run, VendorScenario.traces(run, seed: Demo.seed))
        }
        files["golden/vendor.yaml"] = VendorScenario.golden()
        files["datasets/sales-llm-led/traces.agents.jsonl"] =
            AgentsSDKWriter(workflow: "sales follow-up").lines(SalesScenario.traces(llmLed: true, seed: Demo.seed)).joined(separator: "\n") + "\n"
        files["datasets/sales-orchestrator/traces.otlp.jsonl"] = genAI("sales-pipeline", SalesScenario.traces(llmLed: false, seed: Demo.seed))
        files["golden/sales.yaml"] = SalesScenario.golden()
        files["datasets/bulk-with-approval/traces.otlp.jsonl"] = genAI("notifications", BulkScenario.traces(withApproval: true, seed: Demo.seed))
        files["datasets/bulk-without-approval/traces.otlp.jsonl"] = genAI("notifications", BulkScenario.traces(withApproval: false, seed: Demo.seed))
        files["golden/bulk.yaml"] = BulkScenario.golden()
        return files
    }
}
