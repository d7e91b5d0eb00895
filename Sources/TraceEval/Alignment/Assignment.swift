/// Maximum-weight one-to-one assignment between rows and columns: the Hungarian algorithm in its
/// rectangular form, O(n²·m) for n = the smaller side and m = the larger, with no padding, so one
/// expected call against a runaway loop of 10,000 actual calls costs 10,000 steps, not 10¹².
///
/// Deterministic: the smaller side is processed in index order and the larger scanned in index
/// order, so equal inputs give equal assignments; among optimal assignments the algorithm's first
/// is kept.
public enum Assignment {
    /// The optimal pairs `(row, column)` with positive weight, sorted by row, and their total weight.
    public static func maximumWeight(_ weights: [[Double]]) -> (pairs: [(row: Int, column: Int)], total: Double) {
        let rows = weights.count
        let columns = weights.first?.count ?? 0
        guard rows > 0, columns > 0 else { return ([], 0) }
        let transposed = rows > columns
        let small = transposed ? columns : rows
        let large = transposed ? rows : columns
        let maximum = weights.lazy.flatMap { $0 }.max() ?? 0
        // Minimise cost = maximum − weight, with the smaller side as the rows of the algorithm.
        func weight(_ row: Int, _ column: Int) -> Double {
            transposed ? weights[column][row] : weights[row][column]
        }
        var u = [Double](repeating: 0, count: small + 1)
        var v = [Double](repeating: 0, count: large + 1)
        var match = [Int](repeating: 0, count: large + 1)  // match[column] = row (1-based), 0 = free
        var way = [Int](repeating: 0, count: large + 1)
        var minimum = [Double](repeating: .infinity, count: large + 1)
        var used = [Bool](repeating: false, count: large + 1)
        for row in 1...small {
            match[0] = row
            var column0 = 0
            for column in 0...large {
                minimum[column] = .infinity
                used[column] = false
            }
            repeat {
                used[column0] = true
                let row0 = match[column0]
                var delta = Double.infinity
                var column1 = 0
                for column in 1...large where !used[column] {
                    let current = maximum - weight(row0 - 1, column - 1) - u[row0] - v[column]
                    if current < minimum[column] - 1e-12 {
                        minimum[column] = current
                        way[column] = column0
                    }
                    if minimum[column] < delta - 1e-12 {
                        delta = minimum[column]
                        column1 = column
                    }
                }
                for column in 0...large {
                    if used[column] {
                        u[match[column]] += delta
                        v[column] -= delta
                    } else {
                        minimum[column] -= delta
                    }
                }
                column0 = column1
            } while match[column0] != 0
            repeat {
                let column1 = way[column0]
                match[column0] = match[column1]
                column0 = column1
            } while column0 != 0
        }
        var pairs: [(row: Int, column: Int)] = []
        var total = 0.0
        for column in 1...large where match[column] > 0 {
            let (row, other) = transposed ? (column - 1, match[column] - 1) : (match[column] - 1, column - 1)
            guard weights[row][other] > 0 else { continue }
            pairs.append((row, other))
            total += weights[row][other]
        }
        pairs.sort { $0.row < $1.row }
        return (pairs, total)
    }
}
