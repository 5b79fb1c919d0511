import Synchronization

/// The order an object's members are written in: by their keys' UTF-8 bytes, and of a key given twice only the last
/// value, as a dictionary would keep it.
///
/// A type encodes the same keys in the same order every time, but for the optionals it leaves out, so the order
/// found for a type's last object is kept and taken again while its keys are the same: an object is sorted once
/// per shape rather than once each (docs/performance.md).
enum WireKeyOrder {
    private struct Shape: Sendable {
        let keys: [String]
        let positions: [Int]
    }

    /// The last shape seen of each type whose keys came out of order.
    private static let shapes = Mutex<[ObjectIdentifier: Shape]>([:])

    /// The positions of an object's `count` keys (`key(position)`) in the order their members are written,
    /// remembered for `type`.
    static func positions(for type: ObjectIdentifier, count: Int, key: (Int) -> String) -> [Int] {
        if let shape = shapes.withLock({ $0[type] }), shape.keys.count == count,
            (0..<count).allSatisfy({ shape.keys[$0] == key($0) })
        {
            return shape.positions
        }
        let keys = (0..<count).map(key)
        let positions = positions(of: keys)
        shapes.withLock { $0[type] = Shape(keys: keys, positions: positions) }
        return positions
    }

    /// The positions of `keys` in the order their members are written.
    static func positions(of keys: [String]) -> [Int] {
        // Sorting the positions with the position as the tie-break puts a repeated key's values in the order they
        // were given, so the last one is the one kept.
        let order = keys.indices.sorted { left, right in
            switch WireJSONWriter.compare(keys[left], keys[right]) {
            case 0: left < right
            case let order: order < 0
            }
        }
        return order.indices.compactMap { slot in
            slot + 1 < order.count && keys[order[slot + 1]] == keys[order[slot]] ? nil : order[slot]
        }
    }
}
