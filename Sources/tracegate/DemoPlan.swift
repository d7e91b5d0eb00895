/// What the demo shows, scenario by scenario, on the bundled data.
enum DemoPlan {
    /// Two architectures on the same queries: (golden, baseline run, candidate run, title).
    static let comparisons = [
        ("ops", "ops-orchestrator", "ops-llm-led", "Ops assistant: orchestrator-led vs LLM-led on the same 25 queries"),
        ("vendor", "vendor-orchestrator", "vendor-llm-led", "Vendor exceptions: orchestrator-led vs LLM-led on the same 24 queries"),
    ]
    /// A regressed candidate gated against its baseline: (golden, baseline, candidate, title).
    static let gates = [
        ("vendor", "vendor-orchestrator", "vendor-orchestrator-v2", "Vendor exceptions: gate orchestrator v2 against v1"),
    ]
    /// Runs whose policy violations are listed: (golden, run, title).
    static let policies = [
        ("sales", "sales-llm-led", "Sales email picker (LLM-led): policy violations"),
        ("sales", "sales-orchestrator", "Sales email picker (orchestrator-led): policy violations"),
        ("bulk", "bulk-with-approval", "Bulk notification with the approval trail: policy violations"),
        ("bulk", "bulk-without-approval", "Bulk notification, one send without approval: policy violations"),
    ]
}
