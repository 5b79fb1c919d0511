import CheckoutDomain
import CheckoutTUICore
import Testing

/// What each key does where, and that the footer lists exactly the keys that work now.
@MainActor
@Suite(.timeLimit(.minutes(6)))
struct KeyHandlingTests {
    private func run(_ script: [ScriptStep], _ scenario: String = "sg-card-first-payment") async throws -> AppRun {
        try await AppHarness(scenario).run(script)
    }

    @Test("↑/↓ and j/k move between rows, stopping at the ends")
    func arrowsAndVimKeysMove() async throws {
        #expect(try await run(Script.keys("Down", "j")).state.cursor == .option(.method("CARD")))
        #expect(try await run(Script.keys("Down", "Down", "k")).state.cursor == .option(.method("ALIPAY_CN")))
        #expect(try await run(Script.keys("Up", "k")).state.cursor == .option(.method("GOOGLEPAY")))
    }

    @Test("Enter on a row chooses it and puts the cursor in its first field")
    func enterChooses() async throws {
        let run = try await run(Script.openCardForm)
        #expect(run.state.page.selection == .method("CARD"))
        #expect(run.state.cursor == .field(.cardNumber))
        #expect(run.state.typing)
    }

    @Test("j, k, q, ? and t are typed into a text field, not obeyed")
    func lettersAreTypedInFields() async throws {
        let run = try await run(Script.openCardForm + Script.keys("Tab", "Tab", "Tab") + Script.text("jkq?t"))
        #expect(!run.state.isFinished)
        #expect(run.state.overlay == nil)
        #expect(!run.state.timelineExpanded)
        #expect(run.state.page.draft?.holderName == "jkq?t")
    }

    @Test("a paste burst fills the field in one go, spaces and all")
    func pasteBurst() async throws {
        let run = try await run(Script.openCardForm + Script.text("4054 6957 2310 0768"))
        #expect(run.state.page.draft?.cardNumber.count == 16)
        #expect(run.state.page.draft?.detectedBrand == .visa)
    }

    @Test("Backspace deletes the last character of the field under the cursor")
    func backspace() async throws {
        let run = try await run(Script.openCardForm + Script.keys("Tab") + Script.text("123") + Script.keys("BSpace"))
        #expect(run.state.page.draft?.expiry == "12")
    }

    @Test("Tab goes through the fields, the save-card box and the buttons, stopping at the ends; Shift-Tab goes back")
    func tabOrder() async throws {
        let forward = try await run(Script.openCardForm + Script.keys("Tab", "Tab", "Tab", "Tab", "Tab"))
        #expect(forward.state.cursor == .button(0))
        let back = try await run(Script.openCardForm + Script.keys("Tab", "Tab", "BTab"))
        #expect(back.state.cursor == .field(.expiry))
        #expect(try await run(Script.openCardForm + Script.keys("BTab")).state.cursor == .field(.cardNumber))
        #expect(try await run(Script.keys("Tab")).state.cursor == .button(0))
    }

    @Test("Space ticks save-card; Enter in the form pays")
    func spaceTogglesEnterPays() async throws {
        let ticked = try await run(Script.openCardForm + Script.keys("Tab", "Tab", "Tab", "Tab", "Space"))
        #expect(ticked.state.page.draft?.saveCard == true)
        let paid = try await run(Script.openCardForm + Script.keys("Enter"))
        #expect(paid.timelineTitles.last == "SDK_FORM_VERIFICATION_FAILED")
        #expect(paid.state.cursor == .field(.cardNumber))
    }

    @Test("Esc steps back: form → row → deselect → leave the page")
    func escapeSteps() async throws {
        let inForm = Script.openCardForm
        #expect(try await run(inForm + Script.keys("Escape")).state.cursor == .option(.method("CARD")))
        let deselected = try await run(inForm + Script.keys("Escape", "Escape"))
        #expect(deselected.state.page.selection == nil)
        #expect(deselected.state.stage == .checkout)
        let left = try await run(inForm + Script.keys("Escape", "Escape", "Escape"))
        #expect(left.state.stage == .pageLeft)
        #expect(left.timelineTitles.contains("SDK_PAYMENT_CANCEL"))
    }

    @Test("? opens the key help and Esc closes it")
    func help() async throws {
        let open = try await run(Script.keys("?"))
        #expect(open.state.overlay == .help)
        #expect(open.lastText.contains("Ctrl-C"))
        #expect(try await run(Script.keys("?", "Escape")).state.overlay == nil)
    }

    @Test("q quits at once when nothing is in flight; Ctrl-C always")
    func quit() async throws {
        #expect(try await run(Script.keys("q")).state.isFinished)
        #expect(try await run(Script.openCardForm + Script.keys("C-c")).state.isFinished)
    }

    @Test("q during a payment asks first: n stays, y quits")
    func quitConfirmation() async throws {
        let challenge = Script.keys("Enter") + Script.text(AppHarness.visa) + Script.keys("Tab") + Script.text("1230")
            + Script.keys("Tab") + Script.text("123") + Script.keys("Tab") + Script.text("GAGA TEST") + Script.keys("Enter")
        let asked = try await run(challenge + Script.keys("q"), "card-3ds-challenge")
        #expect(asked.state.paymentInFlight)
        #expect(asked.state.overlay == .confirmQuit)
        #expect(!asked.state.isFinished)
        #expect(asked.lastText.contains("A payment is in flight."))
        let stayed = try await run(challenge + Script.keys("q", "n"), "card-3ds-challenge")
        #expect(stayed.state.overlay == nil)
        #expect(!stayed.state.isFinished)
        #expect(try await run(challenge + Script.keys("q", "y"), "card-3ds-challenge").state.isFinished)
    }

    @Test("the footer lists the keys that work now")
    func footerFollowsState() async throws {
        let list = try await run([])
        #expect(list.app.keyHints.map(\.key) == ["↑/↓", "Enter", "Esc", "t", "?", "e", "f", "T", "q"])
        #expect(list.app.keyHints.first { $0.key == "Esc" }?.label == "leave page")
        let typing = try await run(Script.openCardForm)
        #expect(!typing.app.keyHints.map(\.key).contains("q"))
        #expect(typing.app.keyHints.map(\.key).contains("Ctrl-C"))
        let toggle = try await run(Script.openCardForm + Script.keys("Tab", "Tab", "Tab", "Tab"))
        #expect(toggle.app.keyHints.contains(KeyHint("Space", "toggle")))
        let result = try await run(Script.payByCard(saveCard: false))
        #expect(result.app.keyHints.contains(KeyHint("r", "refund")))
        #expect(!result.app.keyHints.contains { $0.key == "Esc" })
    }

    /// Issue 11 item 7: the overlays' keys are rows of the one key map too, so their footers cannot name a key
    /// that does nothing.
    @Test("every overlay's footer comes from the key map, and each key it names works there")
    func overlayFooters() async throws {
        // The outcome picker's footer, which needs the in-process mock's controls: OutcomePickerTests.
        let help = try await run(Script.keys("?"))
        #expect(help.app.keyHints.map(\.key) == ["Esc"])
        let travel = try await run(Script.keys("T"))
        #expect(travel.app.keyHints.map(\.key) == ["↑/↓", "Enter", "1-5", "Esc"])
        #expect(try await run(Script.keys("T", "Escape")).state.overlay == nil)
        #expect(try await run(Script.keys("f", "q")).state.overlay == nil)
        #expect(try await run(Script.keys("?", "q")).state.isFinished == false)
    }

    @Test("t shows the timeline full-screen; t again returns")
    func timelineToggle() async throws {
        let shown = try await run(Script.keys("t"))
        #expect(shown.state.timelineExpanded)
        #expect(shown.lastText.contains("createPaymentSession"))
        #expect(try await run(Script.keys("t", "t")).state.timelineExpanded == false)
    }
}
