import Foundation
import TraceJSON

extension PaddedBytes {
    /// Reads a whole file into one padded buffer (one allocation, one read loop).
    public init(contentsOf path: String) throws(IngestError) {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw .unreadable(file: path, reason: "cannot open the file for reading")
        }
        defer { try? handle.close() }
        let size: Int
        do {
            size = Int(try handle.seekToEnd())
            try handle.seek(toOffset: 0)
        } catch {
            throw .unreadable(file: path, reason: (error as NSError).localizedDescription)
        }
        var storage = [UInt8](repeating: 0, count: size + JSONDocumentParser.padding)
        var filled = 0
        let descriptor = handle.fileDescriptor
        while filled < size {
            let got = storage.withUnsafeMutableBytes { read(descriptor, $0.baseAddress! + filled, size - filled) }
            if got < 0 { throw .unreadable(file: path, reason: String(cString: strerror(errno))) }
            if got == 0 { break }
            filled += got
        }
        self.init(storage: storage, count: filled)
    }
}
