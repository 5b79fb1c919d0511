/// The record of everything that happened in the session, in order of simulated time, and how far back the
/// reader has scrolled.
public struct Timeline: Equatable, Sendable {
    public private(set) var entries: [TimelineEntry] = []
    /// Lines scrolled back from the newest; 0 follows new entries as they arrive.
    public private(set) var linesBack = 0
    /// The entry explain mode is on (an index into `entries`); nil follows the newest.
    public private(set) var selected: Int?

    public init() {}

    /// Adds `entry` after every entry at or before its time: what the APO settled during a time jump can be
    /// earlier than the jump's end, and still reads in the order it happened.
    mutating func append(_ entry: TimelineEntry) {
        guard let last = entries.last, entry.time < last.time else {
            entries.append(entry)
            return
        }
        let index = entries.lastIndex { $0.time <= entry.time }.map { $0 + 1 } ?? 0
        entries.insert(entry, at: index)
        if let selected, index <= selected { self.selected = selected + 1 }
    }

    /// Scrolls by `lines` (positive is back in time); the view clamps to what exists.
    mutating func scroll(by lines: Int, limit: Int) {
        linesBack = min(max(0, linesBack + lines), max(0, limit))
    }

    mutating func follow() {
        linesBack = 0
        selected = nil
    }

    mutating func select(_ index: Int?) {
        selected = index
    }
}
