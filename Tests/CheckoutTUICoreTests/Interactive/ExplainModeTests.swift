import CheckoutDomain
import CheckoutTUICore
import Testing

/// Explain mode (`e`, `--explain`): the pane explains the newest timeline entry, or the one picked with PgUp/PgDn.
@MainActor
@Suite(.timeLimit(.minutes(6)))
struct ExplainModeTests {
    static let large = Size(width: 120, height: 40)

    @Test("SDK_PAYMENT_PROCESSING after an abandoned wallet: the pane tells support to say don't pay again")
    func processingAdvice() async throws {
        let harness = try InteractiveHarness("pl-p24-prefilled-email", locale: "en_US", explaining: true)
        let run = await harness.run(TimeTravelTests.abandonWallet, size: Self.large)
        #expect(run.app.explainedEntry?.title == "SDK_PAYMENT_PROCESSING")
        let card = try #require(run.app.explainCard)
        let advice = card.sections.first { $0.part == .tellTheBuyer }?.text ?? ""
        #expect(advice.contains("don't pay again"))
        #expect(run.lastText.contains("Explain · 00:00:00 SDK_PAYMENT_PROCESSING"))
        #expect(run.lastText.contains("Tell the buyer: Your order is being processed."))
        #expect(run.lastText.contains("Please don't pay again"))
        // 80×24 has room for the title and the advice, which come first.
        let small = await harness.run(TimeTravelTests.abandonWallet)
        #expect(small.lastText.contains("Tell the buyer:"))
    }

    @Test("e toggles the pane; --explain opens with it")
    func toggles() async throws {
        #expect(try await InteractiveHarness("sg-card-first-payment").run(Script.keys("e")).state.explaining)
        let off = try await InteractiveHarness("sg-card-first-payment", explaining: true).run(Script.keys("e"))
        #expect(!off.state.explaining)
        #expect(!off.lastText.contains("Explain ·"))
    }

    @Test("PgUp picks older entries and the pane explains them; PgDn past the newest follows again")
    func picksOlderEntries() async throws {
        let harness = try InteractiveHarness("sg-card-first-payment", explaining: true)
        let first = await harness.run(Script.keys("PPage", "PPage"), size: Self.large)
        let entries = first.state.timeline.entries
        #expect(first.state.timeline.selected == entries.count - 3)
        #expect(first.app.explainedEntry == entries[entries.count - 3])
        #expect(first.lastText.contains("explaining \(entries.count - 2)/\(entries.count)"))
        let start = await harness.run(Script.keys("PPage", "PPage", "PPage", "PPage", "PPage", "PPage", "PPage", "PPage"), size: Self.large)
        #expect(start.state.timeline.selected == 0)
        #expect(start.lastText.contains("Explain · 00:00:00 createPaymentSession"))
        let back = await harness.run(Script.keys("PPage", "NPage", "NPage"), size: Self.large)
        #expect(back.state.timeline.selected == nil)
    }

    @Test("a declined card's SDK_PAYMENT_FAIL is explained by its DO_NOT_HONOR reason")
    func failureReason() async throws {
        let script = Script.keys("f", "2", "1", "Escape") + Script.payByCard(saveCard: false)
        let run = try await InteractiveHarness("sg-card-first-payment", explaining: true).run(script)
        #expect(run.app.explainedEntry?.title == "SDK_PAYMENT_FAIL")
        #expect(run.app.explainCard?.title.contains("DO_NOT_HONOR") == true)
    }

    @Test("the pane speaks the session's locale: zh_CN labels and texts")
    func localized() async throws {
        let run = try await InteractiveHarness("sg-card-first-payment", locale: "zh_CN", explaining: true)
            .run([], size: Self.large)
        #expect(run.app.explainCard?.locale == "zh_CN")
        #expect(run.lastText.contains("说明 ·"))
    }
}
