#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension JSONDocumentParser {
    /// This thread's own parser (default limits), made on its first use and freed when the thread
    /// ends: for the small documents embedded in other values (JSON inside a string attribute),
    /// which arrive one at a time on every thread that maps spans.
    public static var ofThisThread: JSONDocumentParser {
        if let pointer = pthread_getspecific(threadKey) {
            return Unmanaged<JSONDocumentParser>.fromOpaque(pointer).takeUnretainedValue()
        }
        let parser = JSONDocumentParser()
        pthread_setspecific(threadKey, Unmanaged.passRetained(parser).toOpaque())
        return parser
    }

    /// The key of each thread's parser; a thread's parser is released when it ends.
    private static let threadKey: pthread_key_t = {
        var key = pthread_key_t()
        let made = pthread_key_create(&key) { pointer in
            guard let pointer else { return }
            Unmanaged<JSONDocumentParser>.fromOpaque(pointer).release()
        }
        precondition(made == 0, "no thread-specific key is left for the JSON parser")
        return key
    }()
}
