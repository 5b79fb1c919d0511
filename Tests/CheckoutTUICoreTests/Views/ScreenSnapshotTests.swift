import CheckoutDomain
import CheckoutTUICore
import Testing

/// The key screens at 80×24 and 120×40, compared with the text snapshots in `Snapshots/`.
@MainActor
@Suite(.timeLimit(.minutes(6)))
struct ScreenSnapshotTests {
    nonisolated private static let small = Size(width: 80, height: 24)
    nonisolated private static let large = Size(width: 120, height: 40)
    nonisolated private static let sizes = [small, large]

    private func name(_ screen: String, _ size: Size) -> String { "\(screen)-\(size.width)x\(size.height)" }

    @Test("method list with express checkout", arguments: sizes)
    func methodListWithExpress(size: Size) async throws {
        let run = try await AppHarness("sg-card-first-payment").run([], size: size)
        SnapshotAssertion.assertSnapshot(run.last, named: name("methods-express", size), includingStyles: size == Self.large)
    }

    @Test("method list with a saved card", arguments: sizes)
    func methodListWithSavedCard(size: Size) async throws {
        let run = try await AppHarness("sg-returning-saved-card").run([], size: size)
        SnapshotAssertion.assertSnapshot(run.last, named: name("methods-saved-card", size))
    }

    @Test("card form with errors after Pay", arguments: sizes)
    func cardFormWithErrors(size: Size) async throws {
        // A partial number only: snapshots never hold a whole card number.
        let script = Script.openCardForm + Script.text("405469") + Script.keys("Enter")
        let run = try await AppHarness("sg-card-first-payment").run(script, size: size)
        SnapshotAssertion.assertSnapshot(run.last, named: name("card-form-errors", size), includingStyles: size == Self.small)
    }

    @Test("3DS challenge", arguments: sizes)
    func threeDSChallenge(size: Size) async throws {
        let script = Script.keys("Enter") + Script.text(AppHarness.visa) + Script.keys("Tab") + Script.text("1230")
            + Script.keys("Tab") + Script.text("123") + Script.keys("Tab") + Script.text("GAGA TEST") + Script.keys("Enter")
        let run = try await AppHarness("card-3ds-challenge").run(script, size: size)
        SnapshotAssertion.assertSnapshot(run.last, named: name("challenge-3ds", size))
    }

    @Test("Przelewy24 with the prefilled email", arguments: sizes)
    func p24Prefilled(size: Size) async throws {
        let run = try await AppHarness("pl-p24-prefilled-email").run(Script.keys("Enter"), size: size)
        SnapshotAssertion.assertSnapshot(run.last, named: name("p24-prefilled", size))
    }

    @Test("merchant result page after a card payment", arguments: sizes)
    func resultPage(size: Size) async throws {
        let run = try await AppHarness("sg-card-first-payment").run(Script.payByCard(saveCard: true), size: size)
        SnapshotAssertion.assertSnapshot(run.last, named: name("result-page", size), includingStyles: size == Self.small)
    }

    @Test("the timeline full-screen after a card payment", arguments: sizes)
    func timelineExpanded(size: Size) async throws {
        let script = Script.payByCard(saveCard: true) + Script.keys("t")
        let run = try await AppHarness("sg-card-first-payment").run(script, size: size)
        SnapshotAssertion.assertSnapshot(run.last, named: name("timeline", size))
    }

    @Test("createPaymentSession rejected: no page, the field named")
    func sessionFailed() async throws {
        let run = try await AppHarness("invalid-goods-sum").run([], size: Self.small)
        SnapshotAssertion.assertSnapshot(run.last, named: name("session-failed", Self.small))
    }

    @Test("the hosted page full-screen, with Apple Pay")
    func hosted() async throws {
        let run = try await AppHarness("sg-card-first-payment", mode: .hosted).run([], size: Self.small)
        SnapshotAssertion.assertSnapshot(run.last, named: name("hosted", Self.small))
    }

    @Test("ASCII glyphs")
    func ascii() async throws {
        let run = try await AppHarness("sg-returning-saved-card", glyphs: .ascii).run(Script.keys("Down", "Enter"), size: Self.small)
        SnapshotAssertion.assertSnapshot(run.last, named: name("ascii-saved-card", Self.small))
    }

    @Test("the key help")
    func help() async throws {
        let run = try await AppHarness("sg-card-first-payment").run(Script.keys("?"), size: Self.small)
        SnapshotAssertion.assertSnapshot(run.last, named: name("help", Self.small))
    }

    @Test("a terminal below the minimum size")
    func tooSmall() async throws {
        let run = try await AppHarness("sg-card-first-payment").run([], size: Size(width: 20, height: 5))
        SnapshotAssertion.assertSnapshot(run.last, named: "too-small-20x5")
    }
}
