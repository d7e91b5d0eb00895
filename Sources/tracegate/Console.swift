import Foundation
import Logging
import TraceReport

/// Where the CLI talks to people: results on stdout, warnings and progress on stderr via swift-log.
enum Console {
    /// The CLI's logger: plain "warning: …" lines on standard error.
    static let logger: Logger = {
        var logger = Logger(label: "tracegate") { _ in PlainLogHandler() }
        logger.logLevel = ProcessInfo.processInfo.environment["TRACEGATE_LOG"].flatMap(Logger.Level.init(rawValue:)) ?? .info
        return logger
    }()

    /// Prints a line to standard output, the verdict words coloured on a terminal.
    static func out(_ line: String) {
        print(colour ? TerminalStyle.paint(line) : line)
    }

    /// Colour on: standard output is a terminal, `NO_COLOR` is unset and `TERM` is not `dumb`.
    static let colour: Bool = {
        let environment = ProcessInfo.processInfo.environment
        return isatty(STDOUT_FILENO) == 1 && (environment["NO_COLOR"] ?? "").isEmpty && environment["TERM"] != "dumb"
    }()

    /// The terminal's width in columns when standard output is one (else nil: no limit).
    static var terminalWidth: Int? {
        guard isatty(STDOUT_FILENO) == 1 else { return nil }
        var size = winsize()
        if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        return ProcessInfo.processInfo.environment["COLUMNS"].flatMap(Int.init)
    }

    /// Prints a note for people (not a result) to standard error, control characters escaped.
    static func note(_ message: String) {
        FileHandle.standardError.write(Data((TerminalText.multiline(message) + "\n").utf8))
    }

    /// Prints a warning to standard error, control characters escaped.
    static func warn(_ message: String) {
        logger.warning("\(TerminalText.multiline(message))")
    }

    /// Prints a progress note to standard error when it is a terminal.
    static func progress(_ message: String) {
        guard isatty(STDERR_FILENO) == 1 else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[2K\(TerminalText.safe(message, limit: 200))".utf8))
    }

    /// Ends a progress line, if one was shown.
    static func endProgress() {
        guard isatty(STDERR_FILENO) == 1 else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[2K".utf8))
    }

    /// The current time as ISO 8601, for run records.
    static func now() -> String {
        ISO8601DateFormatter().string(from: Date())
    }
}

