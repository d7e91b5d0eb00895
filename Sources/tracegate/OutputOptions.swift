import ArgumentParser

/// `--json`, `--markdown` and `--html`, shared by score, compare, gate and baseline. One of them
/// may be `-` (standard output); then standard output carries that document alone and every line
/// meant for people goes to standard error.
struct OutputOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Write the JSON document here; '-' for standard output (then only JSON is printed there).", valueName: "file"))
    var json: String?

    @Option(help: ArgumentHelp("Write a Markdown report here; '-' for standard output.", valueName: "file"))
    var markdown: String?

    @Option(help: ArgumentHelp("Write a self-contained HTML report here; '-' for standard output.", valueName: "file"))
    var html: String?

    func validate() throws {
        guard [json, markdown, html].filter({ $0 == "-" }).count <= 1 else {
            throw ValidationError("only one of --json, --markdown and --html can be '-' (standard output)")
        }
    }

    /// Whether a document goes to standard output, so people's lines must not.
    var documentOnStdout: Bool { [json, markdown, html].contains("-") }

    /// Prints a line for people: standard output, or standard error when a document owns it.
    func say(_ line: String) {
        documentOnStdout ? Console.note(line) : Console.out(line)
    }

    /// Writes whichever documents were asked for; each is rendered only when asked for.
    func write(json makeJSON: () throws -> String, markdown makeMarkdown: () -> String, html makeHTML: () -> String,
               protecting protected: [String]) throws {
        if let json { try Output.write(try makeJSON(), to: json, protecting: protected) }
        if let markdown { try Output.write(makeMarkdown(), to: markdown, protecting: protected) }
        if let html { try Output.write(makeHTML(), to: html, protecting: protected) }
    }
}
