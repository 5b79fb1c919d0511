import CheckoutTUICore

/// The smallest model that exercises every path of `Program`: keys, a command, ticks, finishing.
struct CounterModel: ProgramModel {
    enum Message: Sendable, Equatable {
        case key(Key)
        case loaded(Int)
        case tick
    }

    enum Command: Sendable, Equatable {
        case load(Int)
        case waitUntilCancelled
    }

    var count = 0
    var ticks = 0
    var isFinished = false
    /// Keys the model has no meaning for, to show they still reach it.
    var otherKeys: [Key] = []

    mutating func update(_ message: Message) -> [Command] {
        switch message {
        case .key(.character("+")): count += 1
        case .key(.character("l")): return [.load(42)]
        case .key(.character("w")): return [.waitUntilCancelled]
        case .key(.ctrl("c")): isFinished = true
        case .key(.character("q")):
            isFinished = true
            return [.load(7)]
        case .key(let key): otherKeys.append(key)
        case .loaded(let value): count = value
        case .tick: ticks += 1
        }
        return []
    }

    func view(size: Size) -> ScreenBuffer {
        var buffer = ScreenBuffer(size: size)
        buffer.write("count \(count)", x: 0, y: 0)
        buffer.write("ticks \(ticks)", x: 0, y: 1)
        return buffer
    }

    static func message(for key: Key) -> Message { .key(key) }

    static var tick: Message? { .tick }
}
