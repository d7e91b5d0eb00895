import Foundation

/// An exclusive `flock` on a lock file, held while a store is opened for writing; separate from
/// the database file so that closing it can never drop SQLite's own POSIX locks.
struct OpeningTurn {
    private let descriptor: Int32

    /// Waits for the turn.
    init(path: String) throws {
        descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw StoreError.cannotOpen(path: path, reason: "cannot create the lock file: \(String(cString: strerror(errno)))")
        }
        while flock(descriptor, LOCK_EX) != 0 {
            guard errno == EINTR else {
                close(descriptor)
                throw StoreError.cannotOpen(path: path, reason: "cannot lock: \(String(cString: strerror(errno)))")
            }
        }
    }

    /// Gives the turn to the next process.
    func release() {
        _ = flock(descriptor, LOCK_UN)
        close(descriptor)
    }
}
