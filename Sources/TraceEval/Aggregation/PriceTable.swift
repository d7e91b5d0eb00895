import TraceModel

/// Model prices in US dollars per million input and output tokens, dated.
///
/// A model is priced by its exact name, else by the longest catalogued name it starts with
/// (`gpt-4o-mini-2024-07-18` is `gpt-4o-mini`, not `gpt-4o`). A trace's cost is unknown (nil)
/// when it reports no tokens or uses a model the table does not price, never a made-up 0.
public struct PriceTable: Sendable, Hashable {
    /// One model's prices.
    public struct Price: Sendable, Hashable {
        /// Dollars per million input tokens.
        public var input: Double
        /// Dollars per million output tokens.
        public var output: Double

        /// Creates a price.
        public init(input: Double, output: Double) {
            self.input = input
            self.output = output
        }
    }

    /// When the prices were read.
    public var asOf: String
    /// Prices by model name.
    public var models: [String: Price]

    /// Creates a table.
    public init(asOf: String = "", models: [String: Price] = [:]) {
        self.asOf = asOf
        self.models = models
    }

    /// Reads `{"as_of": "...", "models": {"name": {"input": 2.5, "output": 10}}}`.
    public init(json: JSONValue, file: String) throws(GoldenError) {
        guard let models = json["models"]?.objectValue else {
            throw GoldenError(file: file, line: nil, field: "models", message: "must be an object of {model: {input, output}}")
        }
        var prices: [String: Price] = [:]
        for (name, entry) in models {
            guard let input = entry["input"]?.doubleValue, let output = entry["output"]?.doubleValue, input >= 0, output >= 0 else {
                throw GoldenError(file: file, line: nil, field: "models.\(name)",
                                  message: "needs non-negative numbers 'input' and 'output' (dollars per million tokens)")
            }
            prices[name] = Price(input: input, output: output)
        }
        self.init(asOf: json["as_of"]?.stringValue ?? "", models: prices)
    }

    /// The price of `model`, by exact name or longest prefix.
    public func price(for model: String) -> Price? {
        if let exact = models[model] { return exact }
        let candidates = models.keys.filter { model.hasPrefix($0) }
        return candidates.max { $0.count < $1.count }.flatMap { models[$0] }
    }

    /// The trace's cost in dollars, or nil when it reports no tokens or an unpriced model.
    public func cost(of trace: Trace) -> Double? {
        var total = 0.0
        var counted = false
        for span in trace.spans where span.kind == .llm {
            guard let usage = span.usage else { continue }
            guard let model = span.model, let price = price(for: model) else { return nil }
            total += Double(usage.input) * price.input / 1_000_000 + Double(usage.output) * price.output / 1_000_000
            counted = true
        }
        return counted ? total : nil
    }
}
