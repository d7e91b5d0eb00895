import TraceModel

/// Which of a case's budgets a trace exceeds, each as a sentence with the numbers.
enum BudgetCheck {
    static func exceeded(_ budgets: Budgets, trace: Trace, cost: Double?) -> [String] {
        let totals = trace.totals
        var reasons: [String] = []
        if let limit = budgets.maxLLMCalls, totals.llmCalls > limit { reasons.append("\(totals.llmCalls) LLM calls > max_llm_calls \(limit)") }
        if let limit = budgets.maxToolCalls, totals.toolCalls > limit { reasons.append("\(totals.toolCalls) tool calls > max_tool_calls \(limit)") }
        if let limit = budgets.maxTokens, totals.usage.total > limit { reasons.append("\(totals.usage.total) tokens > max_tokens \(limit)") }
        if let limit = budgets.maxCostUSD {
            if let cost, cost > limit { reasons.append("cost $\(cost) > max_cost_usd \(limit)") }
            if cost == nil { reasons.append("cost unknown (no price for the model used) but max_cost_usd \(limit) is set") }
        }
        if let limit = budgets.maxLatencyMs {
            let latency = Double(totals.latencyNanos) / 1_000_000
            if latency > limit { reasons.append("latency \(latency) ms > max_latency_ms \(limit)") }
        }
        return reasons
    }
}
