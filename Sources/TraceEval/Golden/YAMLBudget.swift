import Yams

/// A bound on how far YAML aliases may expand. An alias is a reference, so ten levels of ten
/// references each (the "billion laughs") is a small file whose expanded tree has 10¹⁰ nodes; every
/// reader that walks it would run out of time or memory. The document is walked once, counting
/// nodes as aliases expand them, and refused as soon as the count passes the budget, so the check
/// itself costs at most the budget.
enum YAMLBudget {
    /// The budget for a document of `bytes`: at least 100,000 nodes, and never fewer than the
    /// document has bytes, so a document without aliases (which needs more than a byte per node)
    /// always fits.
    static func nodes(forBytes bytes: Int) -> Int {
        max(100_000, bytes)
    }

    /// Throws when `root` expands to more than `budget` nodes, naming the node where it ran out.
    static func check(_ root: Node, budget: Int, file: String) throws(GoldenError) {
        var remaining = budget
        var stack: [Node] = [root]
        while let node = stack.popLast() {
            remaining -= 1
            guard remaining >= 0 else {
                throw GoldenError(file: file, line: node.mark?.line, field: "(document)",
                                  message: "expands to more than \(budget) YAML nodes (aliases referring to aliases, as in "
                                      + "a \"billion laughs\" document); write the values out or use fewer nested aliases")
            }
            switch node {
            case .mapping(let mapping):
                for (key, value) in mapping {
                    stack.append(key)
                    stack.append(value)
                }
            case .sequence(let sequence):
                stack.append(contentsOf: sequence)
            case .scalar, .alias:
                continue
            }
        }
    }
}
