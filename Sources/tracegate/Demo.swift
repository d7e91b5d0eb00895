import ArgumentParser
import Foundation
import TraceEval
import TraceIngest
import TraceModel
import TraceReport
import TraceStore

extension TraceGateCommand {
    /// `tracegate demo`: the whole pipeline on the bundled data, into a fresh store.
    struct Demo: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Run the whole pipeline on the bundled datasets: ingest, score, compare, gate, report.",
            discussion: """
                Ingests every folder of datasets/ (one run per folder) into a fresh store <out>/demo.sqlite, \
                scores each run against its golden dataset (golden/NAME.yaml whose name starts the run's \
                name, or the other way round), shows the LLM-led and orchestrator-led architectures side \
                by side on the same queries, gates a regressed candidate against its baseline (its failure \
                is shown; the demo itself still exits 0), lists policy violations, and writes reports \
                into --out. It needs no network.
                """
        )

        @Option(help: ArgumentHelp("Where the demo writes its store and reports.", valueName: "dir")) var out: String = "reports"
        @Option(name: .customLong("datasets"), help: ArgumentHelp(
            "The folder of bundled trace exports (default: ./datasets, else the one shipped with tracegate).", valueName: "dir"))
        var datasetsOption: String?
        @Option(name: .customLong("golden"), help: ArgumentHelp(
            "The folder of golden datasets and tracegate.yaml (default: ./golden, else the one shipped with tracegate).", valueName: "dir"))
        var goldenOption: String?
        @Option(name: .customLong("db"), help: ArgumentHelp(
            "Where the demo keeps its runs (default: a fresh <out>/demo.sqlite). A postgres:// URL keeps them in that database; the demo's own runs there are replaced.",
            valueName: "file|url"))
        var db: String?

        /// The bundled data: the current folder's, else the repository's this tracegate was built from.
        private var datasets: String { datasetsOption ?? BundledData.folder("datasets") }
        private var golden: String { goldenOption ?? BundledData.folder("golden") }
        @OptionGroup var prices: PriceOptions

        func run() throws {
            let store = try freshStore()
            let runs = try ingestAll(store)
            let goldens = try loadGoldens()
            let options = EvaluationOptions(prices: try prices.table())
            var written: [String] = []
            var scores: [String: RunScore] = [:]
            Console.out("")
            Console.out("== Scores (each run against its golden dataset; task = task completion, policy = policy compliance)")
            for run in runs {
                guard let dataset = goldens.first(where: { run.hasPrefix($0.name + "-") || $0.name.hasPrefix(run + "-") || $0.name == run }) else { continue }
                let (score, traces) = try RunScoring(store: store, dataset: dataset, options: options).scoreWithTraces(run)
                scores[run] = score
                Console.out(DemoLines.scoreLine(score))
                written.append(try write(ScoreJSON.render(score), "\(run)-score.json"))
                written.append(try write(ScoreMarkdown.render(score), "\(run)-score.md"))
                let byId = Dictionary(traces.map { ($0.traceId, $0) }, uniquingKeysWith: { first, _ in first })
                written.append(try write(ScoreHTML.render(score, traces: byId), "\(run)-score.html"))
            }
            /// `run` scored against golden `dataset`, reusing the scores above when they were made against it.
            func scored(_ run: String, _ dataset: GoldenDataset) throws -> RunScore {
                if let score = scores[run], score.golden == dataset.name { return score }
                return try RunScoring(store: store, dataset: dataset, options: options).score(run)
            }
            /// Baseline and candidate compared on golden `name`.
            func compare(_ name: String, _ baseline: String, _ candidate: String) throws -> Comparison? {
                guard let dataset = goldens.first(where: { $0.name == name }), runs.contains(baseline), runs.contains(candidate) else { return nil }
                return Comparer().compare(baseline: CaseSummary.summaries(of: try scored(baseline, dataset), dataset: dataset),
                                          candidate: CaseSummary.summaries(of: try scored(candidate, dataset), dataset: dataset),
                                          names: (baseline, candidate, name))
            }
            for (name, baseline, candidate, title) in DemoPlan.comparisons {
                guard let comparison = try compare(name, baseline, candidate) else { continue }
                Console.out("")
                Console.out("== \(title)")
                DemoLines.comparison(comparison).forEach(Console.out)
                written.append(try write(CompareMarkdown.render(comparison), "\(name)-compare.md"))
                written.append(try write(CompareHTML.render(comparison), "\(name)-compare.html"))
            }
            let config = try GateConfigFile.load({ () -> String? in
                let path = (golden as NSString).appendingPathComponent("tracegate.yaml")
                return FileManager.default.fileExists(atPath: path) ? path : nil
            }())
            for (name, baseline, candidate, title) in DemoPlan.gates {
                guard let dataset = goldens.first(where: { $0.name == name }), runs.contains(baseline), runs.contains(candidate) else { continue }
                let result = try GateService(dataset: dataset, config: config)
                    .run(baseline: .run(name: baseline, cases: CaseSummary.summaries(of: try scored(baseline, dataset), dataset: dataset)),
                         candidate: try scored(candidate, dataset))
                guard let comparison = result.comparison else { continue }
                Console.out("")
                Console.out("== \(title) (what 'tracegate gate' would do in CI: exit \(result.failed(strict: false) ? 2 : 0))")
                GateSummary.lines(result, strict: false).forEach(Console.out)
                for route in comparison.routes {
                    for step in route.steps where step.change > 0.2 {
                        Console.out(String(format: "  fail rate by step: route %@ now misses or fails %@ in %.0f%% of cases (was %.0f%%)",
                                           route.route, step.tool, step.candidateRate * 100, step.baselineRate * 100))
                    }
                }
                written.append(try write(GateMarkdown.render(result), "\(name)-gate.md"))
                written.append(try write(JUnitReport.render(result), "\(name)-gate.junit.xml"))
                written.append(try write(CompareHTML.render(comparison, gate: result), "\(name)-gate.html"))
            }
            for (_, run, title) in DemoPlan.policies {
                guard let score = scores[run] else { continue }
                Console.out("")
                Console.out("== \(title)")
                let lines = PolicyViolations.lines(score)
                (lines.isEmpty ? ["  none"] : lines).forEach(Console.out)
            }
            Console.out("")
            Console.out("Wrote \(written.count) reports under \(out)/ (per run: score JSON, Markdown and HTML; per story: Markdown, HTML, JUnit). Start with:")
            written.filter { $0.hasSuffix("-compare.html") || $0.hasSuffix("-gate.html") || $0.hasSuffix("ops-llm-led-score.html") }
                .forEach { Console.out("  \($0)") }
            Console.out("Store: \(store.location) — try: tracegate show --run ops-llm-led --db \(db.map { _ in "'\(store.location)'" } ?? store.location)")
        }

        /// The store the demo writes into: a fresh SQLite file, or a database whose demo runs are
        /// dropped first so that every run starts empty.
        private func freshStore() throws -> TraceStore {
            let location = db ?? (out as NSString).appendingPathComponent("demo.sqlite")
            guard case .postgres = try StoreLocation(location) else {
                for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: location + suffix) }
                return try SQLiteStore(path: location)
            }
            let store = try DatabaseOptions.open(location, access: .readWrite)
            let names = Set((try? FileManager.default.contentsOfDirectory(atPath: datasets)) ?? [])
            for run in try store.runs() where names.contains(run.name) { try store.deleteRun(run.name) }
            return store
        }

        private func ingestAll(_ store: TraceStore) throws -> [String] {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: datasets, isDirectory: &isDirectory), isDirectory.boolValue else {
                throw ValidationError("no datasets folder at '\(datasets)'; pass --datasets DIR (the repository's datasets/ folder)")
            }
            let folders = try FileManager.default.contentsOfDirectory(atPath: datasets).sorted().filter { name in
                var folder: ObjCBool = false
                return !name.hasPrefix(".") && FileManager.default.fileExists(atPath: (datasets as NSString).appendingPathComponent(name), isDirectory: &folder)
                    && folder.boolValue
            }
            Console.out("== Ingest (\(folders.count) runs from \(datasets)/)")
            let runner = IngestRunner(ingestor: Ingestor(), store: store)
            var runs: [String] = []
            for folder in folders {
                let files = try Ingestor.expand([(datasets as NSString).appendingPathComponent(folder)])
                guard !files.isEmpty else { continue }
                let summary = try runner.ingest(files: files, run: folder)
                Console.out(DemoLines.ingestLine(folder, summary))
                runs.append(folder)
            }
            return runs
        }

        private func loadGoldens() throws -> [GoldenDataset] {
            let files = ((try? FileManager.default.contentsOfDirectory(atPath: golden)) ?? [])
                .filter { $0.hasSuffix(".yaml") && $0 != "tracegate.yaml" }.sorted()
            return try files.map { try GoldenFile.load((golden as NSString).appendingPathComponent($0)) }
        }

        private func write(_ text: String, _ name: String) throws -> String {
            let path = (out as NSString).appendingPathComponent(name)
            try Output.write(text, to: path)
            return path
        }
    }
}
