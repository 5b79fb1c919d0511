import CheckoutDomain

/// JSON-aware damage: wrong types, edge values for known fields, huge numbers, odd Unicode, deep nesting,
/// missing, extra and duplicate members, oversized arrays.
public enum JSONMutator {
    /// A step from a node to one of its children.
    enum Step: Hashable {
        case member(Int)
        case item(Int)
    }

    /// Applies one to three mutations.
    public static func mutate(_ tree: JSONTree, using random: inout SplitMix64) -> JSONTree {
        var tree = tree
        for _ in 0..<Int.random(in: 1...3, using: &random) {
            tree = mutateOnce(tree, using: &random)
        }
        return tree
    }

    static func mutateOnce(_ tree: JSONTree, using random: inout SplitMix64) -> JSONTree {
        let path = path(toNode: Int.random(in: 0..<count(tree), using: &random), in: tree)
        let key = key(at: path, in: tree)
        return replacing(at: path, in: tree) { node in
            switch Int.random(in: 0..<10, using: &random) {
            case 0: return wrongType(for: node, using: &random)
            case 1, 2: return edgeValue(for: key, node: node, using: &random)
            case 3: return .number(pick(InterestingValues.numbers, &random))
            case 4: return .string(pick(InterestingValues.strings, &random))
            case 5: return nest(node, using: &random)
            case 6: return withoutChild(node, using: &random)
            case 7: return withExtraMember(node, using: &random)
            case 8: return repeatingItem(node, using: &random)
            default: return .string(longText(using: &random))
            }
        }
    }

    /// How many nodes the tree has, itself included.
    static func count(_ tree: JSONTree) -> Int {
        switch tree {
        case .array(let items): 1 + items.reduce(0) { $0 + count($1) }
        case .object(let members): 1 + members.reduce(0) { $0 + count($1.value) }
        default: 1
        }
    }

    /// The path of the node at `index` in pre-order (0 is the root); linear in the tree's size, so deeply
    /// nested trees stay cheap to mutate.
    static func path(toNode index: Int, in tree: JSONTree) -> [Step] {
        var left = index
        var path: [Step] = []
        var node = tree
        while left > 0 {
            left -= 1
            let children: [(Step, JSONTree)]
            switch node {
            case .array(let items): children = items.enumerated().map { (.item($0.offset), $0.element) }
            case .object(let members): children = members.enumerated().map { (.member($0.offset), $0.element.value) }
            default: return path
            }
            for (step, child) in children {
                let size = count(child)
                if left < size {
                    path.append(step)
                    node = child
                    break
                }
                left -= size
            }
        }
        return path
    }

    /// The member name the node at `path` sits under, if any.
    static func key(at path: [Step], in tree: JSONTree) -> String? {
        guard let step = path.first else { return nil }
        switch (tree, step) {
        case (.object(let members), .member(let index)):
            return path.count == 1 ? members[index].key : key(at: Array(path.dropFirst()), in: members[index].value)
        case (.array(let items), .item(let index)):
            return key(at: Array(path.dropFirst()), in: items[index])
        default:
            return nil
        }
    }

    static func replacing(at path: [Step], in tree: JSONTree, with change: (JSONTree) -> JSONTree) -> JSONTree {
        guard let step = path.first else { return change(tree) }
        let rest = Array(path.dropFirst())
        switch (tree, step) {
        case (.object(var members), .member(let index)):
            members[index].value = replacing(at: rest, in: members[index].value, with: change)
            return .object(members)
        case (.array(var items), .item(let index)):
            items[index] = replacing(at: rest, in: items[index], with: change)
            return .array(items)
        default:
            return tree
        }
    }

    private static func wrongType(for node: JSONTree, using random: inout SplitMix64) -> JSONTree {
        let options: [JSONTree] = [
            .string("1"), .number("1"), .bool(true), .null, .array([]), .object([]), .array([node]),
            .object([JSONTree.Member("value", node)]),
        ]
        var choice = pick(options, &random)
        while choice == node { choice = pick(options, &random) }
        return choice
    }

    private static func edgeValue(for key: String?, node: JSONTree, using random: inout SplitMix64) -> JSONTree {
        guard let key, let values = InterestingValues.byKey[key] else {
            return .string(pick(InterestingValues.strings, &random))
        }
        let value = pick(values, &random)
        // Antom's SDKs send some string fields as numbers and booleans; so does this, now and then.
        if random.chance(1, in: 5) {
            if let flag = Bool(value.lowercased()) { return .bool(flag) }
            if !value.isEmpty, value.allSatisfy(\.isASCIIDigit) { return .number(value) }
        }
        return .string(value)
    }

    /// Wraps the node in arrays or objects: around the gateway's 64-level limit, or far past it.
    private static func nest(_ node: JSONTree, using random: inout SplitMix64) -> JSONTree {
        // Deeper bodies come from `ByteMutator`'s bracket runs, as text: this tree is walked recursively.
        let depth = pick([2, 3, 5, 10, 20, 40, 62, 63, 64, 65, 100], &random)
        let inObjects = random.chance(1, in: 2)
        var tree = node
        for _ in 0..<depth {
            tree = inObjects ? .object([JSONTree.Member("a", tree)]) : .array([tree])
        }
        return tree
    }

    private static func withoutChild(_ node: JSONTree, using random: inout SplitMix64) -> JSONTree {
        switch node {
        case .object(var members) where !members.isEmpty:
            members.remove(at: Int.random(in: 0..<members.count, using: &random))
            return .object(members)
        case .array(var items) where !items.isEmpty:
            items.remove(at: Int.random(in: 0..<items.count, using: &random))
            return .array(items)
        default:
            return .null
        }
    }

    /// Adds a member to an object: a copy of an existing name with another value (a duplicate key), a known
    /// field name, or a new one.
    private static func withExtraMember(_ node: JSONTree, using random: inout SplitMix64) -> JSONTree {
        guard case .object(var members) = node else { return node }
        let knownKeys = Array(InterestingValues.byKey.keys).sorted()
        let key: String
        if !members.isEmpty, random.chance(1, in: 3) {
            key = members[Int.random(in: 0..<members.count, using: &random)].key
        } else if random.chance(1, in: 2) {
            key = pick(knownKeys, &random)
        } else {
            key = pick(InterestingValues.strings, &random)
        }
        let value = edgeValue(for: key, node: .null, using: &random)
        members.insert(JSONTree.Member(key, value), at: Int.random(in: 0...members.count, using: &random))
        return .object(members)
    }

    /// Repeats an array's item past Antom's limits (goods: at most 100).
    private static func repeatingItem(_ node: JSONTree, using random: inout SplitMix64) -> JSONTree {
        guard case .array(let items) = node, let item = items.first else { return .array([node, node]) }
        return .array(items + Array(repeating: item, count: pick([1, 99, 100, 101, 1000], &random)))
    }

    private static func longText(using random: inout SplitMix64) -> String {
        let unit = pick(["a", "9", "合", "😀", "e\u{301}", " "], &random)
        return String(repeating: unit, count: pick([63, 64, 65, 255, 256, 257, 2048, 2049, 100_000], &random))
    }

    static func pick<T>(_ options: [T], _ random: inout SplitMix64) -> T {
        options[Int.random(in: 0..<options.count, using: &random)]
    }
}
