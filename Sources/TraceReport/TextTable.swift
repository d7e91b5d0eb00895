/// A plain-text table with aligned columns, for the terminal.
public struct TextTable: Sendable {
    /// Column titles.
    public var header: [String]
    /// Rows of cells (already made terminal-safe by the caller).
    public var rows: [[String]]
    /// Columns aligned right (numbers).
    public var rightAligned: Set<Int>

    /// Creates a table.
    public init(header: [String], rows: [[String]], rightAligned: Set<Int> = []) {
        self.header = header
        self.rows = rows
        self.rightAligned = rightAligned
    }

    /// The table's lines: header, a rule, then rows.
    public func lines() -> [String] {
        let all = [header] + rows
        let widths = header.indices.map { column in all.map { column < $0.count ? $0[column].count : 0 }.max() ?? 0 }
        func format(_ cells: [String]) -> String {
            cells.enumerated().map { column, cell in
                let gap = String(repeating: " ", count: max(0, widths[column] - cell.count))
                return rightAligned.contains(column) ? gap + cell : cell + gap
            }.joined(separator: "  ").trimmingTrailingSpaces()
        }
        return [format(header), widths.map { String(repeating: "─", count: $0) }.joined(separator: "  ")] + rows.map(format)
    }
}

extension String {
    func trimmingTrailingSpaces() -> String {
        var copy = self
        while copy.last == " " { copy.removeLast() }
        return copy
    }
}
