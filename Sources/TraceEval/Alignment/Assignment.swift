/// Maximum-weight one-to-one assignment between rows and columns (the Hungarian algorithm,
/// O(n³), on a square matrix padded with zeros).
///
/// Deterministic: rows are processed in index order and columns scanned in index order, so equal
/// inputs give equal assignments; among optimal assignments the algorithm's first is kept.
public enum Assignment {
    /// The optimal pairs `(row, column)` with positive weight, sorted by row, and their total weight.
    public static func maximumWeight(_ weights: [[Double]]) -> (pairs: [(row: Int, column: Int)], total: Double) {
        let rows = weights.count
        let columns = weights.first?.count ?? 0
        guard rows > 0, columns > 0 else { return ([], 0) }
        let size = max(rows, columns)
        let maximum = weights.flatMap { $0 }.max() ?? 0
        // Minimise cost = maximum − weight over an n×n matrix (padding cells cost `maximum`).
        func cost(_ row: Int, _ column: Int) -> Double {
            row < rows && column < columns ? maximum - weights[row][column] : maximum
        }
        var u = [Double](repeating: 0, count: size + 1)
        var v = [Double](repeating: 0, count: size + 1)
        var match = [Int](repeating: 0, count: size + 1)  // match[column] = row (1-based), 0 = free
        var way = [Int](repeating: 0, count: size + 1)
        for row in 1...size {
            match[0] = row
            var column0 = 0
            var minimum = [Double](repeating: .infinity, count: size + 1)
            var used = [Bool](repeating: false, count: size + 1)
            repeat {
                used[column0] = true
                let row0 = match[column0]
                var delta = Double.infinity
                var column1 = 0
                for column in 1...size where !used[column] {
                    let current = cost(row0 - 1, column - 1) - u[row0] - v[column]
                    if current < minimum[column] - 1e-12 {
                        minimum[column] = current
                        way[column] = column0
                    }
                    if minimum[column] < delta - 1e-12 {
                        delta = minimum[column]
                        column1 = column
                    }
                }
                for column in 0...size {
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
        for column in 1...size {
            let row = match[column] - 1
            guard row >= 0, row < rows, column - 1 < columns, weights[row][column - 1] > 0 else { continue }
            pairs.append((row, column - 1))
            total += weights[row][column - 1]
        }
        pairs.sort { $0.row < $1.row }
        return (pairs, total)
    }
}
