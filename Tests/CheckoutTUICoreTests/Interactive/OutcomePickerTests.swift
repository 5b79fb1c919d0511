import CheckoutDomain
import CheckoutTUICore
import Testing

/// The outcome picker (`f`): opening and closing, forcing a sequence of outcomes, and the createPaymentSession
/// timeout the merchant retries with a new paymentRequestId.
@MainActor
@Suite(.timeLimit(.minutes(6)))
struct OutcomePickerTests {
    @Test("f opens the picker over the page; Esc closes it, and Esc in the decline codes steps back first")
    func opensAndCloses() async throws {
        let harness = try InteractiveHarness("sg-card-first-payment")
        let open = await harness.run(Script.keys("f"))
        guard case .outcomePicker(let picker)? = open.state.overlay else {
            Issue.record("expected the outcome picker, got \(String(describing: open.state.overlay))")
            return
        }
        #expect(picker.level == .outcomes)
        #expect(open.app.keyHints.map(\.key) == ["↑/↓", "Enter", "1-7", "Esc"])
        #expect(open.app.keyHints.last?.label == "close")
        #expect(open.lastText.contains("Force the next payment"))
        #expect(open.lastText.contains("Queue"))
        let codes = await harness.run(Script.keys("f", "2"))
        guard case .outcomePicker(let inCodes)? = codes.state.overlay else {
            Issue.record("expected the decline codes")
            return
        }
        #expect(inCodes.level == .declineCodes)
        #expect(codes.app.keyHints.map(\.key) == ["↑/↓", "Enter", "1-9", "Esc"])
        #expect(codes.app.keyHints.last?.label == "back")
        #expect(codes.lastText.contains("decline DO_NOT_HONOR"))
        let back = await harness.run(Script.keys("f", "2", "Escape"))
        guard case .outcomePicker(let stepped)? = back.state.overlay else {
            Issue.record("Esc in the decline codes closed the picker")
            return
        }
        #expect(stepped.level == .outcomes)
        #expect(await harness.run(Script.keys("f", "2", "Escape", "Escape")).state.overlay == nil)
        #expect(await harness.run(Script.keys("f", "f")).state.overlay == nil)
    }

    @Test("decline DO_NOT_HONOR then success, queued together: SDK_PAYMENT_FAIL, then SDK_PAYMENT_SUCCESSFUL")
    func declineThenSuccess() async throws {
        let harness = try InteractiveHarness("sg-card-first-payment")
        let queued = try await InteractiveHarness("sg-card-first-payment").run(Script.keys("f", "2", "1", "1"))
        #expect(queued.state.forcedOutcomes == [.decline(paymentResultCode: "DO_NOT_HONOR"), .success])
        #expect(queued.lastText.contains("decline DO_NOT_HONOR → success"))
        // Esc closes the picker; the sandbox Visa would succeed, so the decline is the forced one. Try again keeps
        // the card but asks for the CVV.
        let script = Script.keys("f", "2", "1", "1", "Escape") + Script.payByCard(saveCard: false)
            + Script.keys("Enter") + Script.text("123") + Script.keys("Enter")
        let run = await harness.run(script)
        let titles = run.timelineTitles
        #expect(titles.contains("forced: decline DO_NOT_HONOR"))
        #expect(titles.contains("forced: success"))
        let failFound = run.index(ofTitle: "SDK_PAYMENT_FAIL")
        let fail = try #require(failFound)
        let successFound = run.index(ofTitle: "SDK_PAYMENT_SUCCESSFUL", after: fail)
        let success = try #require(successFound)
        #expect(run.state.timeline.entries[fail].summary.contains("DO_NOT_HONOR"))
        #expect(success > fail)
        #expect(run.state.merchant.phase == .succeeded)
        #expect(await harness.apo.pendingForcedOutcomes.isEmpty)
    }

    @Test("over an APO without controls the picker says it is unavailable and forces nothing")
    func unavailableWithoutControls() async throws {
        let harness = try InteractiveHarness("sg-card-first-payment", controls: false)
        let run = await harness.run(Script.keys("f", "1"))
        #expect(run.lastText.contains("Unavailable: Antom's gateway has no simulation controls."))
        #expect(!run.timelineTitles.contains { $0.hasPrefix("forced") })
        #expect(await harness.apo.pendingForcedOutcomes.isEmpty)
    }

    @Test("createPaymentSession times out: the merchant retries once with a new paymentRequestId, shown on the timeline")
    func sessionTimeoutRetried() async throws {
        let harness = try InteractiveHarness("sg-card-first-payment")
        await harness.apo.force([.sessionTimeout])
        let run = await harness.run([])
        #expect(Array(run.timelineLines.prefix(3)) == [
            "createPaymentSession · PAY_SG_FIRST_0001 · no answer",
            "retry createPaymentSession · new paymentRequestId PAY_SG_FIRST_0001 → PAY_SG_FIRST_0001_R1",
            "createPaymentSession · PAY_SG_FIRST_0001_R1 · S SUCCESS",
        ])
        #expect(run.state.stage == .checkout)
        #expect(run.timelineLines.contains("loadSession · PAY_SG_FIRST_0001_R1 · ready"))
    }

    @Test("a second timeout on the retry leaves no session: the merchant retries only once")
    func retriesOnlyOnce() async throws {
        let harness = try InteractiveHarness("sg-card-first-payment")
        await harness.apo.force([.sessionTimeout, .sessionTimeout])
        let run = await harness.run([])
        #expect(run.timelineTitles.filter { $0 == "retry createPaymentSession" }.count == 1)
        #expect(run.state.stage == .sessionFailed(.unanswered(.timeout(api: "createPaymentSession", seconds: 10))))
        #expect(run.state.retriedPaymentRequestId == "PAY_SG_FIRST_0001_R1")
    }

    @Test("the picker's timeout reloads the order page; the retry's new paymentRequestId pays")
    func sessionTimeoutFromPicker() async throws {
        let harness = try InteractiveHarness("sg-card-first-payment")
        let run = await harness.run(Script.keys("f", "6") + Script.payByCard(saveCard: false))
        let reloadFound = run.index(ofTitle: "reload order page")
        let reload = try #require(reloadFound)
        let forcedFound = run.index(ofTitle: "forced: createPaymentSession timeout", after: reload)
        let forced = try #require(forcedFound)
        let retryFound = run.index(ofTitle: "retry createPaymentSession", after: forced)
        let retry = try #require(retryFound)
        #expect(run.state.timeline.entries[retry].summary.hasSuffix("PAY_SG_FIRST_0001_R1"))
        #expect(run.state.overlay == nil)
        #expect(run.state.merchant.phase == .succeeded)
        #expect(run.timelineLines.contains { $0.hasPrefix("submitPayment · PAY_SG_FIRST_0001_R1 · S") })
    }
}
