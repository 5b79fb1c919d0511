import Foundation

/// The record of everything that happened in the session, in order of simulated time, and how far back the
/// reader has scrolled.
public struct Timeline: Equatable, Sendable {
    public private(set) var entries: [TimelineEntry] = []
    /// Lines scrolled back from the newest; 0 follows new entries as they arrive.
    public private(set) var linesBack = 0
    /// The entry explain mode is on (an index into `entries`); nil follows the newest.
    public private(set) var selected: Int?
    /// Each entry's lines as the pane last laid them out, index for index with `entries`; shared by copies, since
    /// what it holds is derived from entries that never change.
    private(set) var laidOut: [TimelineEntryLines] = []

    public init() {}

    /// The cache of laid-out lines takes no part: equal entries lay out the same.
    public static func == (lhs: Timeline, rhs: Timeline) -> Bool {
        lhs.entries == rhs.entries && lhs.linesBack == rhs.linesBack && lhs.selected == rhs.selected
    }

    /// Adds `entry` after every entry of an earlier or the same second: what the APO settled during a time jump can
    /// be earlier than the jump's end, and still reads in the order it happened. Seconds, not instants, because the
    /// wire's timestamps have whole seconds (a notification's `Request-Time` over HTTP): within the second the screen
    /// shows, entries keep the order they were recorded in, so `01:49:52` never sorts before `01:49:52.3`.
    mutating func append(_ entry: TimelineEntry) {
        func startsAfter(_ existing: TimelineEntry) -> Bool {
            existing.time.timeIntervalSinceReferenceDate.rounded(.down) > entry.time.timeIntervalSinceReferenceDate
        }
        guard let last = entries.last, startsAfter(last) else {
            entries.append(entry)
            laidOut.append(TimelineEntryLines())
            return
        }
        let index = entries.lastIndex { !startsAfter($0) }.map { $0 + 1 } ?? 0
        entries.insert(entry, at: index)
        laidOut.insert(TimelineEntryLines(), at: index)
        // The entry after it has a new neighbour: whether it starts a new day may have changed.
        laidOut[index + 1] = TimelineEntryLines()
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
