import CheckoutDomain
@testable import CheckoutTUICore
import Testing

/// APO's hosted card page (seed 002) and the merchant's result after it, at 80×24, against the text snapshots.
@MainActor
@Suite(.timeLimit(.minutes(6)))
struct HostedCardScreenTests {
    nonisolated private static let small = Size(width: 80, height: 24)

    private static func harness() throws -> AppHarness { try AppHarness("hosted-card-3ds", mode: .hostedCard) }

    @Test("the hosted card page: payee, the card form with Save this card, the number masked once the cursor leaves it")
    func cardPage() async throws {
        // A partial number only: snapshots never hold a whole card number.
        let run = try await Self.harness().run(Script.text("405469") + Script.keys("Tab"), size: Self.small)
        SnapshotAssertion.assertSnapshot(run.last, named: "hosted-card-page-80x24")
        let screen = run.last.textLines().joined(separator: "\n")
        #expect(screen.contains("•••• 5469") && !screen.contains("405469"))
        #expect(run.app.keyHints.contains { $0.key == "Enter" }, "Enter pays from the form: \(run.app.keyHints)")
    }

    @Test("after the card page and 3DS: the merchant's result page, with a new order and the saved card offered")
    func result() async throws {
        let script = Script.text(AppHarness.visa) + Script.keys("Tab") + Script.text("1230") + Script.keys("Tab")
            + Script.text("123") + Script.keys("Tab") + Script.text("GAGA TEST") + Script.keys("Tab", "Space", "Enter")
            + Script.keys("Enter")
        let run = try await Self.harness().run(script, size: Self.small)
        SnapshotAssertion.assertSnapshot(run.last, named: "hosted-card-result-80x24")
        #expect(run.app.state.stage == .merchantResult)
        #expect(run.app.merchantControls.contains(.newOrderSavedCard))
        #expect(run.app.keyHints.map(\.key).contains("n") && run.app.keyHints.map(\.key).contains("s"))
        #expect(KeyMap.helpLines.contains { $0.keys == "o n s" && $0.text == .helpReopen })
    }

    @Test("the createPaymentSession timeout lever says hosted card mode has no session, and queues nothing")
    func noSessionToTimeOut() async throws {
        let harness = try InteractiveHarness("hosted-card-3ds", mode: .hostedCard)
        let run = await harness.run(Script.keys("Down", "Down", "Down", "Down", "f", "6"))
        #expect(run.lastText.contains("Hosted card mode creates no session"), "\(run.lastText)")
        #expect(await harness.apo.pendingForcedOutcomes.isEmpty)
    }

    @Test("on a terminal too small the card page says so, as every screen does")
    func tooSmall() async throws {
        let run = try await Self.harness().run([], size: Size(width: 30, height: 10))
        #expect(!run.last.textLines().joined().isEmpty)
        #expect(run.app.state.stage == .cardPage)
    }
}
