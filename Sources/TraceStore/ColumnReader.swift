/// One stored row read by column position, whichever database it came from.
package protocol ColumnReader {
    /// Text with every byte, or nil for NULL.
    func text(_ index: Int) -> String?
    /// An integer, or nil for NULL.
    func integer(_ index: Int) -> Int64?
    /// A real number, or nil for NULL.
    func real(_ index: Int) -> Double?
}
