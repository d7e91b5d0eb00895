/// The weighted longest common subsequence of two sequences, for ordered trajectory modes.
///
/// The backtrack is deterministic: from the end, a pair is taken when it is part of an optimal
/// solution, else the expected side steps back first, so among equal solutions the latest
/// possible actual call is matched to each expected one.
public enum WeightedLCS {
    /// The matched pairs `(expected, actual)` in order, and the total weight.
    public static func align(_ weights: [[Double]]) -> (pairs: [(row: Int, column: Int)], total: Double) {
        let rows = weights.count
        let columns = weights.first?.count ?? 0
        guard rows > 0, columns > 0 else { return ([], 0) }
        var table = [[Double]](repeating: [Double](repeating: 0, count: columns + 1), count: rows + 1)
        for row in 1...rows {
            for column in 1...columns {
                var best = max(table[row - 1][column], table[row][column - 1])
                let weight = weights[row - 1][column - 1]
                if weight > 0 { best = max(best, table[row - 1][column - 1] + weight) }
                table[row][column] = best
            }
        }
        var pairs: [(row: Int, column: Int)] = []
        var row = rows
        var column = columns
        while row > 0, column > 0 {
            let weight = weights[row - 1][column - 1]
            if weight > 0, abs(table[row][column] - (table[row - 1][column - 1] + weight)) < 1e-12 {
                pairs.append((row - 1, column - 1))
                row -= 1
                column -= 1
            } else if abs(table[row][column] - table[row - 1][column]) < 1e-12 {
                row -= 1
            } else {
                column -= 1
            }
        }
        return (pairs.reversed(), table[rows][columns])
    }
}
