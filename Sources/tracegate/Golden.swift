import ArgumentParser

extension TraceGateCommand {
    /// `tracegate golden`: tools for golden datasets.
    struct Golden: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Work with golden datasets.",
            subcommands: [FromTauBench.self, FromRun.self]
        )
    }
}
