/// The ordered record of everything that happened in the session, and how far back the reader has scrolled.
public struct Timeline: Equatable, Sendable {
    public private(set) var entries: [TimelineEntry] = []
    /// Lines scrolled back from the newest; 0 follows new entries as they arrive.
    public private(set) var linesBack = 0
    /// The entry explain mode is on (an index into `entries`); nil follows the newest.
    public private(set) var selected: Int?

    public init() {}

    mutating func append(_ entry: TimelineEntry) {
        entries.append(entry)
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
