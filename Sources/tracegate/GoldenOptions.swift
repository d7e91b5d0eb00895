import ArgumentParser
import TraceEval

/// `--golden` and the scoring overrides shared by score-like commands.
struct GoldenOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The golden dataset (YAML or JSON).", valueName: "file"))
    var golden: String

    @OptionGroup var prices: PriceOptions

    /// The dataset.
    func load() throws -> GoldenDataset {
        try GoldenFile.load(golden)
    }
}
