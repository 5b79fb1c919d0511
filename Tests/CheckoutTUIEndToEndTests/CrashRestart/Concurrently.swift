/// `body` over `items`, at most `width` at a time; the outputs in the order of `items`.
func concurrently<Item: Sendable, Output: Sendable>(
    _ items: [Item], width: Int, _ body: @escaping @Sendable (Item) async -> Output
) async -> [Output] {
    await withTaskGroup(of: (Int, Output).self) { group in
        var outputs: [Output?] = Array(repeating: nil, count: items.count)
        var next = 0
        func add() {
            let index = next
            next += 1
            group.addTask { (index, await body(items[index])) }
        }
        while next < min(width, items.count) { add() }
        while let (index, output) = await group.next() {
            outputs[index] = output
            if next < items.count { add() }
        }
        return outputs.compactMap { $0 }
    }
}
