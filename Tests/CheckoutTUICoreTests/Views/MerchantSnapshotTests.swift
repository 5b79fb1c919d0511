import CheckoutDomain
import CheckoutTUICore
import Testing

/// The merchant's prompts and the result page's states at 80×24, compared with the text snapshots in `Snapshots/`.
@MainActor
@Suite(.timeLimit(.minutes(6)))
struct MerchantSnapshotTests {
    nonisolated private static let size = Size(width: 80, height: 24)

    /// A card payment on card-manual-capture (USD 89.00, MANUAL capture): authorised, not captured.
    private static let pay = Script.keys("Enter") + Script.text(AppHarness.visa) + Script.keys("Tab") + Script.text("1230")
        + Script.keys("Tab") + Script.text("123") + Script.keys("Tab") + Script.text("GAGA TEST") + Script.keys("Enter")

    private func snapshot(_ scenario: String, _ script: [ScriptStep], named name: String) async throws -> AppRun {
        let run = try await AppHarness(scenario).run(script, size: Self.size)
        SnapshotAssertion.assertSnapshot(run.last, named: "\(name)-80x24")
        return run
    }

    @Test("authorised, not captured: the result page says capture to ship")
    func authorised() async throws {
        let run = try await snapshot("card-manual-capture", Self.pay, named: "result-authorised")
        #expect(run.lastText.contains("capture to ship"))
    }

    @Test("c opens the capture prompt, prefilled with what remains, with the confirmation line")
    func capturePrompt() async throws {
        let run = try await snapshot("card-manual-capture", Self.pay + Script.keys("c"), named: "prompt-capture")
        #expect(run.lastText.contains("89.00"))
        #expect(run.lastText.contains("Capture $89.00 of"))
    }

    @Test("r in KRW, which has no minor unit: the refund prompt takes whole won, prefilled with what remains")
    func refundPromptKRW() async throws {
        let run = try await snapshot(
            "kr-toss-kakao", Script.payByCard(saveCard: false) + Script.keys("r"), named: "prompt-refund-krw")
        #expect(run.lastText.contains("Amount (KRW): 36000"))
        #expect(run.lastText.contains("Refund ₩36,000 of"))
    }

    @Test("the prompt's keys come from the key map: letters and q are not obeyed, Backspace erases, Esc closes")
    func promptKeys() async throws {
        let typed = try await AppHarness("card-manual-capture").run(
            Self.pay + Script.keys("c", "q", "a") + Script.text("12") + Script.keys("BSpace"), size: Self.size)
        #expect(!typed.app.isFinished)
        guard case .amountPrompt(let prompt) = typed.state.overlay else {
            Issue.record("the prompt closed: \(String(describing: typed.state.overlay))")
            return
        }
        #expect(prompt.text == "1")
        #expect(typed.app.keyHints.map(\.key) == ["0-9 .", "Backspace", "Enter", "Esc"])
        let closed = try await AppHarness("card-manual-capture").run(Self.pay + Script.keys("c", "Escape"), size: Self.size)
        #expect(closed.state.overlay == nil)
        #expect(!closed.timelineTitles.contains("capture"))
    }

    @Test("more than remains is refused in the prompt, naming the limit; nothing is sent")
    func promptRefusesAboveRemaining() async throws {
        let run = try await snapshot(
            "card-manual-capture", Self.pay + Script.keys("c") + Script.text("90") + Script.keys("Enter"),
            named: "prompt-capture-refused")
        #expect(run.lastText.contains("at most $89.00 can be captured"))
        #expect(!run.timelineTitles.contains("capture"))
    }

    @Test("part captured: the amounts captured and still authorised")
    func partlyCaptured() async throws {
        let run = try await snapshot(
            "card-manual-capture", Self.pay + Script.keys("c") + Script.text("50") + Script.keys("Enter"),
            named: "result-partly-captured")
        #expect(run.state.merchant.ledger?.captured == 5000)
        #expect(run.app.merchantControls.contains(.capture))
        #expect(run.app.merchantControls.contains(.refund))
    }

    @Test("part refunded: the amounts refunded and remaining")
    func partlyRefunded() async throws {
        let script = Self.pay + Script.keys("c") + Script.text("50") + Script.keys("Enter", "r") + Script.text("20")
            + Script.keys("Enter")
        let run = try await snapshot("card-manual-capture", script, named: "result-partly-refunded")
        #expect(run.state.merchant.ledger?.refunded == 2000)
        #expect(run.lastText.contains("$30.00 remains paid and $39.00 is still authorised"))
    }

    @Test("refunded in full: no longer \"paid · ready to ship\"")
    func refunded() async throws {
        let run = try await snapshot(
            "sg-card-first-payment", Script.payByCard(saveCard: true) + Script.keys("r", "Enter"), named: "result-refunded")
        #expect(run.lastText.contains("Payment refunded"))
        #expect(!run.lastText.contains("ready to ship"))
        #expect(run.app.merchantControls.isEmpty)
    }

    @Test("x asks first; y cancels, and the result page says so after inquiring")
    func cancel() async throws {
        let asked = try await snapshot("card-manual-capture", Self.pay + Script.keys("x"), named: "prompt-cancel")
        #expect(!asked.timelineTitles.contains("cancel"))
        let kept = try await AppHarness("card-manual-capture").run(Self.pay + Script.keys("x", "n"), size: Self.size)
        #expect(!kept.timelineTitles.contains("cancel"))
        let run = try await snapshot("card-manual-capture", Self.pay + Script.keys("x", "y"), named: "result-cancelled")
        #expect(run.timelineTitles.suffix(2) == ["cancel", "inquiryPayment"])
        #expect(run.state.merchant.phase == .cancelled)
    }
}
