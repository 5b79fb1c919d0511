import CheckoutDomain
import CheckoutTUICore
import Foundation
import Testing

/// The timeline reads in order of simulated time whatever time travel does, with the date when the day changes.
@MainActor
@Suite(.timeLimit(.minutes(6)))
struct TimelineOrderTests {
    /// P24 abandoned on the wallet page, then +7 days: the payment closes and the session expires during the jump.
    static let abandonThenWeek = TimeTravelTests.abandonWallet + Script.keys("T", "4")

    @Test("after +7 days the entries are in time order: the jump, what settled during it, then the rest")
    func inOrder() async throws {
        let run = try await InteractiveHarness("pl-p24-prefilled-email").run(Self.abandonThenWeek)
        let times = run.state.timeline.entries.map(\.time)
        #expect(times == times.sorted(), "\(run.timelineLines)")
        let jump = try #require(run.index(ofTitle: "time +7 days"))
        #expect(run.state.timeline.entries[jump].time == AppHarness.start)
        let closed = try #require(run.index(ofTitle: "closed"))
        #expect(closed > jump)
    }

    @Test("the day's date is written where it changes, in the timeline and in the transcript")
    func dates() async throws {
        let run = try await InteractiveHarness("pl-p24-prefilled-email")
            .run(Self.abandonThenWeek + Script.keys("t"), size: Size(width: 120, height: 40))
        #expect(run.lastText.contains("── 2026-01-01 ──") || run.lastText.contains("── 2026-01-08 ──"))
        let transcript = run.state.timeline.transcript(timeZone: .gmt)
        let days = transcript.filter { $0.hasPrefix("-- ") }
        #expect(days.contains("-- 2026-01-08 --"), "\(transcript.joined(separator: "\n"))")
        // No date line before the first entry: the header's clock says the day the run started.
        #expect(transcript.first?.hasPrefix("-- ") == false)
    }
}
