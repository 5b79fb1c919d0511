import Foundation
import Testing

@testable import CheckoutTUICore

/// Where `Timeline.append` puts an entry whose time has whole seconds only, as a notification's `Request-Time`.
struct TimelineSecondsTests {
    private static let second = Date(timeIntervalSinceReferenceDate: 800_000_000)

    private static func entry(_ title: String, after seconds: TimeInterval) -> TimelineEntry {
        TimelineEntry(time: second.addingTimeInterval(seconds), source: .api, title: title)
    }

    // Reproduces `play --apo` of kr-toss-kakao: the whole run fell in one second, and PAYMENT_RESULT (Request-Time
    // 01:49:52, read back over HTTP) went to the top of the timeline, out of the pane, so expectScreen missed it.
    @Test("an entry timed to the second goes after what was recorded earlier in that second")
    func wholeSecondAfterFractions() {
        var timeline = Timeline()
        for (index, title) in ["createPaymentSession", "submitPayment", "inquiryPayment"].enumerated() {
            timeline.append(Self.entry(title, after: 0.2 + 0.1 * Double(index)))
        }
        timeline.append(Self.entry("notifyPayment", after: 0))
        #expect(timeline.entries.map(\.title) == ["createPaymentSession", "submitPayment", "inquiryPayment", "notifyPayment"])
    }

    @Test("an entry of an earlier second still goes before the later seconds, after its own")
    func earlierSecondInserted() {
        var timeline = Timeline()
        timeline.append(Self.entry("a", after: 0.5))
        timeline.append(Self.entry("jump", after: 60.1))
        timeline.append(Self.entry("after jump", after: 60.4))
        timeline.append(Self.entry("settled in the jump", after: 30))
        timeline.append(Self.entry("same second as a", after: 0.1))
        #expect(timeline.entries.map(\.title) == ["a", "same second as a", "settled in the jump", "jump", "after jump"])
    }

    @Test("an insertion before the selected entry keeps the selection on the same entry")
    func selectionFollows() {
        var timeline = Timeline()
        timeline.append(Self.entry("a", after: 0))
        timeline.append(Self.entry("b", after: 10))
        timeline.select(1)
        timeline.append(Self.entry("early", after: 5))
        #expect(timeline.selected.map { timeline.entries[$0].title } == "b")
    }
}
