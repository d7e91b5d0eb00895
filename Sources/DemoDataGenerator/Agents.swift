import TraceModel

/// The two architectures as trace shapes, shared by every scenario.
///
/// LLM-led: an agent loop, one model call per step (each asks for one tool, or several in one
/// turn when `parallel`), then a final answer; context grows with every tool result.
/// Orchestrator-led: one routing call at temperature 0, deterministic execution of the chosen
/// tools in a pipeline stage, one synthesis call.
enum Agents {
    struct Call {
        var name: String
        var arguments: JSONValue
        var result: String
        var error: String? = nil
    }

    /// One step of a plan: calls made together (one model turn, or one parallel stage).
    typealias Step = [Call]

    /// `query` is attached to the first model call (nil when continuing a loop); `final` adds the closing answer call.
    static func llmLed(_ b: inout SketchBuilder, query: String?, steps: [Step], answer: String?, finalFinish: String = "stop",
                       model: String = "gpt-4o", route: String, final: Bool = true, context start: Int = 850) {
        var context = start + (query?.count ?? 0) / 4
        for (index, step) in steps.enumerated() {
            let ids = step.enumerated().map { "call_\(Hex.id("\(b.trace.traceId)/\(index)/\($0.offset)", length: 24))" }
            b.llm(model: model, input: b.jitter(context, 40), output: b.jitter(28 + 14 * step.count, 6), finish: "tool_calls",
                  requested: zip(ids, step).map { ($0, $1.name, $1.arguments) }, user: index == 0 ? query : nil, route: route)
            b.tools(zip(ids, step).map { ($1.name, $1.arguments, $0, $1.result, $1.error) }, route: route)
            context += 60 + step.reduce(0) { $0 + 90 + $1.result.count / 3 }
        }
        guard final else { return }
        b.llm(model: model, input: b.jitter(context, 40), output: answer.map { b.jitter(60 + $0.count / 4, 12) } ?? 512,
              finish: finalFinish, text: answer, user: steps.isEmpty ? query : nil, route: route,
              duration: answer == nil ? 4000...6000 : 900...1900)
    }

    static func orchestrated(_ b: inout SketchBuilder, query: String, plan: String, steps: [Step], answer: String,
                             router: String = "gpt-4o-mini", synthesizer: String = "gpt-4o") {
        b.llm(model: router, input: b.jitter(620 + query.count / 4, 20), output: b.jitter(40 + 12 * steps.count, 4), finish: "stop",
              text: plan, user: query, temperature: 0, route: "router", duration: 300...650)
        var gathered = 0
        if !steps.isEmpty {
            b.group("execute", kind: .chain, route: "execute") { inner, id in
                for (index, step) in steps.enumerated() {
                    let ids = step.enumerated().map { "exec_\(index)_\($0.offset)" }
                    inner.tools(zip(ids, step).map { ($1.name, $1.arguments, $0, $1.result, $1.error) }, parent: id, route: "execute")
                    gathered += step.reduce(0) { $0 + 90 + $1.result.count / 3 }
                }
            }
        }
        b.llm(model: synthesizer, input: b.jitter(700 + gathered, 30), output: b.jitter(80 + answer.count / 4, 10), finish: "stop",
              text: answer, route: "synthesize", duration: 900...1700)
    }
}
