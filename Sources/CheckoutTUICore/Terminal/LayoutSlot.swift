/// How much of a row or column split one part takes: a fixed number of cells or a weighted share of the rest.
public enum LayoutSlot: Hashable, Sendable {
    case fixed(Int)
    case flexible(weight: Int = 1)

    /// Lengths for `slots` sharing `total` cells with `spacing` between neighbours.
    ///
    /// Fixed slots are served first, in order, and shrink when the total is too small; flexible slots split
    /// what is left by weight, and the cells lost to rounding go one each to the first flexible slots so the
    /// parts always add up to the space available.
    static func lengths(of slots: [LayoutSlot], in total: Int, spacing: Int) -> [Int] {
        var remaining = max(0, total - max(0, spacing) * max(0, slots.count - 1))
        var lengths = slots.map { slot -> Int in
            guard case .fixed(let length) = slot else { return 0 }
            let granted = min(max(0, length), remaining)
            remaining -= granted
            return granted
        }
        let weights = slots.map { slot -> Int in
            if case .flexible(let weight) = slot { max(0, weight) } else { 0 }
        }
        let totalWeight = weights.reduce(0, +)
        guard totalWeight > 0 else { return lengths }
        var leftover = remaining
        for index in slots.indices where weights[index] > 0 {
            lengths[index] = remaining * weights[index] / totalWeight
            leftover -= lengths[index]
        }
        for index in slots.indices where weights[index] > 0 && leftover > 0 {
            lengths[index] += 1
            leftover -= 1
        }
        return lengths
    }
}
