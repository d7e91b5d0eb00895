/// The work a ``BackgroundWork`` hands to its thread (``runBackgroundJob``).
final class BackgroundJob {
    let work: () -> Void

    init(_ work: @escaping () -> Void) {
        self.work = work
    }
}

/// A thread's entry point: runs the ``BackgroundJob`` it is given, and releases it.
func runBackgroundJob(_ context: UnsafeMutableRawPointer?) -> UnsafeMutableRawPointer? {
    Unmanaged<BackgroundJob>.fromOpaque(context!).takeRetainedValue().work()
    return nil
}
