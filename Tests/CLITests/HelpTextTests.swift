import Testing

/// `--help` is where a new user learns a command: its prose must read as sentences, not as source
/// text with the indentation of a broken line continuation left in.
@Suite struct HelpTextTests {
    @Test("no command's description holds a run of spaces inside a sentence")
    func proseHasNoGaps() throws {
        let top = try CLI.run(["--help"]).stdout
        let commands = top.components(separatedBy: "SUBCOMMANDS:").last!.split(separator: "\n")
            .compactMap { line in line.hasPrefix("  ") && !line.hasPrefix("   ") ? line.split(separator: " ").first.map(String.init) : nil }
            .filter { $0 != "See" }
        #expect(commands.contains("score") && commands.contains("gate") && commands.count >= 11)
        let invocations: [[String]] = [[]] + commands.map({ [$0] }) + [["golden", "from-tau-bench"], ["golden", "from-run"]]
        for command in invocations {
            let help = try CLI.run(command + ["--help"]).stdout
            // The description is what comes before the usage line; option tables after it align in columns.
            let prose = help.components(separatedBy: "USAGE:").first!
            #expect(!prose.isEmpty, "\(command)")
            // Example command lines may align their comments; sentences never hold such gaps.
            for line in prose.split(separator: "\n") where !line.hasPrefix("  tracegate ") && line.contains(/\S {3,}\S/) {
                Issue.record("tracegate \(command.joined(separator: " ")) --help: \(line)")
            }
        }
    }
}
