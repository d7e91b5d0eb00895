import ArgumentParser
import TraceEval

/// "Did you mean …?" for a mistyped subcommand or flag.
enum Suggestion {
    /// A hint for `arguments` when the first is close to a subcommand, or a flag close to one the
    /// subcommand has; nil when nothing is close.
    static func hint(for arguments: [String]) -> String? {
        guard let first = arguments.first else { return nil }
        let commands = TraceGateCommand.configuration.subcommands
        let names = commands.map { $0._commandName }
        guard let command = commands.first(where: { $0._commandName == first }) else {
            if !first.hasPrefix("-"), let close = closest(first, among: names) { return "unknown command '\(first)'; did you mean '\(close)'?" }
            return nil
        }
        let flags = flagNames(of: command)
        for argument in arguments.dropFirst() where argument.hasPrefix("--") {
            let name = String(argument.prefix { $0 != "=" })
            guard !flags.contains(name), let close = closest(name, among: flags) else { continue }
            return "unknown option '\(name)' for '\(first)'; did you mean '\(close)'?"
        }
        return nil
    }

    /// The candidate nearest to `word` by edit distance, when it is near enough to be a typo.
    static func closest(_ word: String, among candidates: [String]) -> String? {
        let scored = candidates.map { ($0, EditDistance.between(word, $0)) }.sorted { $0.1 != $1.1 ? $0.1 < $1.1 : $0.0 < $1.0 }
        guard let best = scored.first, best.1 <= max(2, word.count / 3), best.1 < word.count else { return nil }
        return best.0
    }

    /// The long flags a command accepts, read from its own help text.
    static func flagNames(of command: any ParsableCommand.Type) -> [String] {
        let help = command.helpMessage(columns: 400)
        return Array(Set(help.matches(of: /--[a-z][a-z0-9-]*/).map { String($0.output) })).sorted()
    }
}
