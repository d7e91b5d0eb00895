import ArgumentParser
import Foundation
import TraceEval
import TraceIngest
import TraceReport
import TraceStore

extension TraceGateCommand {
    /// `tracegate demo`: the pipeline on the bundled data, into a fresh store.
    struct Demo: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Run tracegate on the bundled datasets and show what it finds.",
            discussion: """
                Ingests every folder of datasets/ (one run per folder) into a fresh store \
                <out>/demo.sqlite, lists the runs, prints one trajectory of each run, and scores \
                each run that has a golden dataset (golden/NAME.yaml whose name is the run's, or \
                starts with it and a dash). It needs no network and writes only under --out.
                """
        )

        @Option(help: ArgumentHelp("Where the demo writes its store and reports.", valueName: "dir"))
        var out: String = "reports"

        @Option(help: ArgumentHelp("The folder of bundled trace exports.", valueName: "dir"))
        var datasets: String = "datasets"

        @Option(help: ArgumentHelp("The folder of golden datasets.", valueName: "dir"))
        var golden: String = "golden"

        @OptionGroup var prices: PriceOptions

        func run() throws {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: datasets, isDirectory: &isDirectory), isDirectory.boolValue else {
                throw ValidationError("no datasets folder at '\(datasets)'; run the demo from the repository root or pass --datasets DIR")
            }
            let storePath = (out as NSString).appendingPathComponent("demo.sqlite")
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: storePath + suffix) }
            let store = try TraceStore(path: storePath)
            let runner = IngestRunner(ingestor: Ingestor(), store: store)
            let folders = try FileManager.default.contentsOfDirectory(atPath: datasets).sorted().filter { name in
                var folder: ObjCBool = false
                let path = (datasets as NSString).appendingPathComponent(name)
                return !name.hasPrefix(".") && FileManager.default.fileExists(atPath: path, isDirectory: &folder) && folder.boolValue
            }
            for folder in folders {
                let files = try Ingestor.expand([(datasets as NSString).appendingPathComponent(folder)])
                guard !files.isEmpty else { continue }
                try runner.ingest(files: files, run: folder).lines(run: folder).forEach(Console.out)
            }
            Console.out("")
            RunsTable(runs: try store.runs()).lines().forEach(Console.out)
            for run in try store.runs() {
                let traces = try store.traces(run: run.name)
                guard let first = traces.first(where: { $0.totals.toolCalls >= 2 }) ?? traces.first else { continue }
                Console.out("")
                print(TrajectoryTreeRenderer().render(first, run: run.name), terminator: "")
            }
            try scoreRuns(store: store)
            Console.out("")
            Console.out("store: \(storePath)  (explore it with: tracegate runs --db \(storePath))")
        }
    
        /// Scores every run that a golden dataset in `golden` names, and writes its score JSON beside the store.
        private func scoreRuns(store: TraceStore) throws {
            let files = ((try? FileManager.default.contentsOfDirectory(atPath: golden)) ?? []).filter { $0.hasSuffix(".yaml") }.sorted()
            let runs = try store.runs().map(\.name)
            for file in files {
                let dataset = try GoldenFile.load((golden as NSString).appendingPathComponent(file))
                for run in runs where dataset.name == run || dataset.name.hasPrefix(run + "-") {
                    let score = Scorer(dataset: dataset, options: EvaluationOptions(prices: try prices.table()))
                        .score(try store.traces(run: run), run: run)
                    try store.saveScores(ScoreRows.rows(score), run: run, golden: dataset.name)
                    let path = (out as NSString).appendingPathComponent("\(run)-score.json")
                    try Output.write(ScoreJSON.render(score), to: path)
                    Console.out("")
                    ScoreTable(score: score).lines().forEach(Console.out)
                    Console.out("score JSON: \(path)")
                }
            }
        }
    }
}
