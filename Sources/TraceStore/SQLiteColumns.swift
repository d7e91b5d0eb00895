import Foundation
import GRDB

/// A SQLite row read through a cursor, by column position.
struct SQLiteColumns: ColumnReader {
    let row: Row

    func text(_ index: Int) -> String? { row.text(index) }
    func integer(_ index: Int) -> Int64? { row[index] }
    func real(_ index: Int) -> Double? { row[index] }
}
