import Foundation
import GRDB

extension Row {
    /// A text column with every byte, NUL included: GRDB reads text as a C string, which stops at
    /// the first NUL, while a blob read takes the stored length. Only for rows read through a cursor
    /// (a copied row has already been read as a C string).
    func text(_ index: Int) -> String? {
        (self[index] as Data?).map { String(decoding: $0, as: UTF8.self) }
    }

    /// ``text(_:)`` by column name.
    func text(_ name: String) -> String? {
        (self[name] as Data?).map { String(decoding: $0, as: UTF8.self) }
    }
}
