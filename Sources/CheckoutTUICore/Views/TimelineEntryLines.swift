import Synchronization

/// One timeline entry's pane lines as last laid out, and what they were laid out for. An entry never changes once
/// recorded, so a frame lays out again only an entry that is new, or whose width, zone or neighbour changed;
/// wrapping and formatting every visible entry on every frame was most of the timeline pane's cost.
final class TimelineEntryLines: Sendable {
    /// Everything the lines depend on besides the entry and the one before it (`Timeline` renews the box when
    /// that one changes).
    struct Key: Equatable, Sendable {
        var width: Int
        var compact: Bool
        var rule: Character
        var zone: String
    }

    private let cached = Mutex<(key: Key, lines: [ContentLine])?>(nil)

    /// The lines laid out for `key`, from `layOut` when they are not at hand.
    func lines(for key: Key, layOut: () -> [ContentLine]) -> [ContentLine] {
        if let lines = cached.withLock({ $0.flatMap { $0.key == key ? $0.lines : nil } }) { return lines }
        let lines = layOut()
        cached.withLock { $0 = (key, lines) }
        return lines
    }
}
