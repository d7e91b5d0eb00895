/// Values a command hands over when it has finished with them, so that the tens of thousands of
/// objects in a scored run are not freed one by one just before the process exits (the operating
/// system takes the memory back at once). The same trade as compilers that skip freeing at exit;
/// only the one-shot CLI commands use it, never `serve`.
enum KeptUntilExit {
    nonisolated(unsafe) private static var values: [Any] = []

    /// Keeps `value` alive until the process exits.
    static func keep(_ value: Any) {
        values.append(value)
    }
}
