import ArgumentParser
import Foundation
import TraceEval

/// `--golden` and the scoring overrides shared by score-like commands.
struct GoldenOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The golden dataset (YAML or JSON).", valueName: "file"))
    var golden: String

    @OptionGroup var prices: PriceOptions

    /// The dataset and the text it was read from (for fingerprints).
    func load() throws -> (dataset: GoldenDataset, fingerprint: String) {
        let dataset = try GoldenFile.load(golden)
        let text = (try? String(contentsOfFile: golden, encoding: .utf8)) ?? ""
        return (dataset, BaselineFile.fingerprint(ofGolden: text))
    }
}
