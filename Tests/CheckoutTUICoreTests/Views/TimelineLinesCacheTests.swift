import Foundation
import Testing

@testable import CheckoutTUICore

/// The timeline pane's lines kept between frames (`Timeline.laidOut`) draw what laying every entry out afresh draws.
struct TimelineLinesCacheTests {
    private static let start = Date(timeIntervalSinceReferenceDate: 800_000_000)

    private static func entry(_ title: String, after seconds: TimeInterval) -> TimelineEntry {
        TimelineEntry(
            time: start.addingTimeInterval(seconds), source: .api, title: title,
            summary: "paymentRequestId PAY-\(title) · S SUCCESS, a summary long enough to wrap in a narrow pane",
            detail: "A detail sentence that also wraps when the pane is narrow, to be laid out again on a resize.")
    }

    /// The pane drawn at `size` with the kept lines and without them.
    private static func frames(_ timeline: Timeline, size: Size, compact: Bool, selected: Int? = nil) -> (kept: ScreenBuffer, fresh: ScreenBuffer) {
        let clock = ClockText(timeZone: TimeZone(identifier: "UTC") ?? .current)
        func draw(_ laidOut: [TimelineEntryLines]) -> ScreenBuffer {
            var frame = RenderedFrame(size: size, glyphs: .unicode)
            TimelineView(
                entries: timeline.entries, clock: clock, compact: compact, linesBack: timeline.linesBack, selected: selected,
                laidOut: laidOut
            ).draw(into: &frame, rect: Rect(size: size), symbols: Symbols(.unicode))
            return frame.buffer
        }
        return (draw(timeline.laidOut), draw([]))
    }

    @Test("kept lines follow a resize, a new entry, an entry placed before another and a new day")
    func keptLinesFollowChanges() {
        var timeline = Timeline()
        for index in 0..<6 { timeline.append(Self.entry("call\(index)", after: Double(index))) }
        #expect(timeline.laidOut.count == timeline.entries.count)
        for size in [Size(width: 40, height: 30), Size(width: 72, height: 30), Size(width: 40, height: 30)] {
            for compact in [false, true] {
                let drawn = Self.frames(timeline, size: size, compact: compact)
                #expect(drawn.kept == drawn.fresh)
            }
        }
        // Laid out at 40 columns; then one entry lands between two (a whole second earlier than the last) and one
        // on the next day, which the kept line of the entry after it must show.
        _ = Self.frames(timeline, size: Size(width: 40, height: 30), compact: false)
        timeline.append(Self.entry("nextDay", after: 86_400))
        timeline.append(Self.entry("late", after: 4.0))
        #expect(timeline.entries.map(\.title) == ["call0", "call1", "call2", "call3", "call4", "late", "call5", "nextDay"])
        #expect(timeline.laidOut.count == timeline.entries.count)
        let drawn = Self.frames(timeline, size: Size(width: 40, height: 30), compact: false)
        #expect(drawn.kept == drawn.fresh)
        #expect(drawn.kept.textLines().contains { $0.contains("late") })
        let marked = Self.frames(timeline, size: Size(width: 40, height: 30), compact: false, selected: 2)
        #expect(marked.kept == marked.fresh)
    }

    @Test("the cache takes no part in equality, and copies share what was laid out")
    func cacheIsNotState() {
        var timeline = Timeline()
        timeline.append(Self.entry("a", after: 0))
        let copy = timeline
        _ = Self.frames(timeline, size: Size(width: 50, height: 12), compact: false)
        var other = Timeline()
        other.append(Self.entry("a", after: 0))
        #expect(timeline == other)
        #expect(copy.laidOut.first === timeline.laidOut.first)
    }
}
