import Foundation

/// The short reason a file operation failed ("No such file or directory"), rather than Foundation's
/// generic sentence.
enum FileErrorText {
    static func reason(_ error: Error) -> String {
        let underlying = (error as NSError).userInfo[NSUnderlyingErrorKey] as? NSError
        if let underlying, underlying.domain == NSPOSIXErrorDomain { return String(cString: strerror(Int32(underlying.code))) }
        return (error as NSError).localizedDescription
    }
}
