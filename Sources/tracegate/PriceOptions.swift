import ArgumentParser
import Foundation
import TraceEval
import TraceIngest

/// The `--prices` option: the model price table used for cost.
struct PriceOptions: ParsableArguments {
    @Option(help: ArgumentHelp(
        "A model price table (JSON: {\"as_of\", \"models\": {name: {input, output}}}, dollars per million tokens).",
        discussion: "Defaults to the dated table shipped with tracegate.", valueName: "file"))
    var prices: String?

    func table() throws -> PriceTable {
        let path = prices ?? Bundle.module.path(forResource: "model-prices", ofType: "json") ?? ""
        return try PriceTable(json: JSONFile.read(path), file: path)
    }
}
