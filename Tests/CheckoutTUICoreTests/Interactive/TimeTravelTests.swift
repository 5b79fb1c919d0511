import CheckoutDomain
import CheckoutTUICore
import Foundation
import Testing

/// Time travel (`T`): the clock jumps, the mock settles, the page's timers and due notifications fire.
@MainActor
@Suite(.timeLimit(.minutes(6)))
struct TimeTravelTests {
    /// P24: pay, continue to the wallet page, then "close without paying" (the third button).
    static let abandonWallet = Script.keys("Enter", "Enter", "Enter", "Down", "Down", "Enter")

    @Test("T opens the menu with the current time; Esc closes it")
    func opensAndCloses() async throws {
        let harness = try InteractiveHarness("sg-card-first-payment")
        let open = await harness.run(Script.keys("T"))
        guard case .timeTravel? = open.state.overlay else {
            Issue.record("expected the time-travel menu")
            return
        }
        #expect(open.lastText.contains("+14 min"))
        #expect(open.lastText.contains("2026-01-01T00:00:00+00:00"))
        #expect(await harness.run(Script.keys("T", "Escape")).state.overlay == nil)
    }

    @Test("+14 min closes an abandoned wallet payment; its PAYMENT_RESULT F is delivered at the next retry time")
    func apmTimeoutClosesAbandonedWallet() async throws {
        let harness = try InteractiveHarness("pl-p24-prefilled-email")
        let closed = await harness.run(Self.abandonWallet + Script.keys("T", "2"))
        #expect(closed.timelineTitles.contains("SDK_PAYMENT_PROCESSING"))
        let jumpFound = closed.index(ofTitle: "time +14 min")
        let jump = try #require(jumpFound)
        let closeFound = closed.index(ofTitle: "closed", after: jump)
        let close = try #require(closeFound)
        #expect(closed.state.timeline.entries[close].summary == "PAY_PL_P24_0001 · F ORDER_IS_CLOSED")
        #expect(harness.clock.now() == AppHarness.start.addingTimeInterval(14 * 60))
        // Seed 003 (see DECISIONS): a failed Checkout Page payment is notified when its session ends, so the
        // next retry is at the session's expiry, one hour after it was created.
        #expect(!closed.timelineTitles.contains("notifyPayment"))
        let delivered = try await InteractiveHarness("pl-p24-prefilled-email").run(Self.abandonWallet + Script.keys("T", "2", "T", "5"))
        let nextFound = delivered.index(ofTitle: "time +46 min")
        let next = try #require(nextFound)
        let notifyFound = delivered.index(ofTitle: "notifyPayment", after: next)
        let notify = try #require(notifyFound)
        let entry = delivered.state.timeline.entries[notify]
        #expect(entry.summary == "PAY_PL_P24_0001 · PAYMENT_RESULT · #1 · acked (HTTP 200)")
        guard case .notification(let notifyType, let result, let delivery?)? = entry.topic else {
            Issue.record("not a notification topic: \(String(describing: entry.topic))")
            return
        }
        #expect(notifyType == "PAYMENT_RESULT")
        #expect(result == APOResult.failure("ORDER_IS_CLOSED", "The order is closed."))
        #expect(delivery.acked && delivery.attempt == 1)
    }

    @Test("+1 h expires the open session: SDK_CREATEPAYMENT_PARAMETER_ERROR, as DECISIONS chose")
    func sessionExpiry() async throws {
        let run = try await InteractiveHarness("sg-card-first-payment").run(Script.keys("T", "3"))
        let jumpFound = run.index(ofTitle: "time +1 h")
        let jump = try #require(jumpFound)
        #expect(run.index(ofTitle: "sessionExpired", after: jump) != nil as Int?)
        #expect(run.index(ofTitle: "SDK_CREATEPAYMENT_PARAMETER_ERROR", after: jump) != nil as Int?)
        #expect(run.state.now == AppHarness.start.addingTimeInterval(3600))
    }

    @Test("a forced pending payment completes after two +1 min jumps, and its PAYMENT_RESULT S is delivered")
    func processingThenSuccess() async throws {
        let script = Script.keys("f", "4", "Escape") + Script.payByCard(saveCard: false) + Script.keys("T", "1", "T", "1")
        let run = try await InteractiveHarness("sg-card-first-payment").run(script)
        let secondFound = run.timelineTitles.lastIndex(of: "time +1 min")
        let second = try #require(secondFound)
        #expect(run.index(ofTitle: "completed", after: second) != nil as Int?)
        #expect(run.timelineLines.contains { $0.hasPrefix("notifyPayment · PAY_SG_FIRST_0001 · PAYMENT_RESULT") })
    }

    @Test("next notification retry with nothing waiting leaves the clock where it was")
    func nothingWaiting() async throws {
        let harness = try InteractiveHarness("sg-card-first-payment")
        let run = await harness.run(Script.keys("T", "5"))
        #expect(run.timelineLines.last == "time: next notification retry · no notification is waiting")
        #expect(harness.clock.now() == AppHarness.start)
    }

    @Test("without controls the menu stays open, says why, and the clock does not move")
    func unavailableWithoutControls() async throws {
        let harness = try InteractiveHarness("sg-card-first-payment", controls: false)
        let run = await harness.run(Script.keys("T", "2"))
        #expect(run.lastText.contains("Unavailable: Antom's gateway has no simulation controls."))
        #expect(harness.clock.now() == AppHarness.start)
    }

    /// The notice is the presenter's to read out in the merchant's language, whole, in the narrower of the two menus.
    @Test("the menus' no-controls notice is in the session's language and not cut", arguments: ["ja_JP", "ko_KR", "pl_PL"])
    func unavailableInEveryLanguage(locale: String) async throws {
        let notice = try Strings.bundled().localizer(for: locale).text(.leverUnavailable)
        let harness = try InteractiveHarness("sg-card-first-payment", locale: locale, controls: false)
        #expect(await harness.run(Script.keys("T")).lastText.contains(notice))
        #expect(await harness.run(Script.keys("f")).lastText.contains(notice))
    }
}
